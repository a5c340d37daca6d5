using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Records;
using PeoplesCongress.TestSupport;
using PeoplesCongress.Verifier;

namespace PeoplesCongress.VotingServer.Tests.Verification;

/// <summary>
/// A bundle downloaded from a real server after a real ballot passes the offline verifier; each way of tampering with
/// it is caught by its own check, with its own code, while the checks it does not touch still hold.
/// </summary>
public sealed class BundleTamperTests(PublishedBundle published) : IClassFixture<PublishedBundle>
{
    private PublicationBundle Bundle => published.Bundle;

    [Fact]
    public async Task TheUntouchedBundlePassesEveryCheckAndTheCommandExitsWithZero()
    {
        var report = BundleVerifier.Verify(Bundle, published.ServerFingerprint);
        Assert.Empty(report.FailedCodes);
        Assert.Contains(report.Findings, f => f.Code == "server-key" && f.Outcome == Outcome.Passed);

        var path = Path.Combine(Artifacts.Folder("verification"), "notice.bundle.json");
        await File.WriteAllTextAsync(path, published.Text);
        var (exit, output) = await RunVerifierAsync(path, "--server-key", RecordSignatures.ShortFingerprint(published.ServerFingerprint));
        Assert.True(exit == 0, output);
        Assert.Contains("结论：全部核验通过。 / Verdict: every check holds.", output);
        Assert.Contains("[通过 PASS] box-root", output);
        await File.WriteAllTextAsync(Path.Combine(Artifacts.Folder("verification"), "report.txt"), output);

        var (unreadable, _) = await RunVerifierAsync(Path.Combine(Artifacts.Folder("verification"), "no-such.bundle.json"));
        Assert.Equal(2, unreadable);
    }

    [Fact]
    public void TheBundleCarriesTheSignedTextsExactlyAsStoredAndOneTrackingCodePerBallot()
    {
        var bundle = Bundle;
        Assert.Equal(PublicationBundle.FormatName, bundle.Format);
        Assert.Equal(12, bundle.Box.Count);
        Assert.Equal(12, bundle.TrackingCodes.Distinct().Count());
        Assert.Equal(bundle.TrackingCodes.Order(StringComparer.Ordinal), bundle.TrackingCodes);
        Assert.Equal(published.Notice.Sha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(bundle.Notice))));
        Assert.Equal(2, bundle.Signatures.Count);
        Assert.Equal(("ballot-opened", "ballot-closed"), (bundle.Audit[0].Action, bundle.Audit[^1].Action));
        Assert.DoesNotContain(bundle.Box, choices => bundle.TrackingCodes.Any(choices.Contains));
    }

    [Fact]
    public void AHandCountedBallotsBundlePassesWithTheBoxChecksNotApplying()
    {
        var bundle = BundleFile.Parse(published.HandCountText);
        var report = BundleVerifier.Verify(bundle, published.ServerFingerprint);
        Assert.Empty(report.FailedCodes);
        Assert.Equal(["box-size", "recount"], report.Findings.Where(f => f.Outcome == Outcome.NotApplicable).Select(f => f.Check));
        Assert.Empty(bundle.Box);
        Assert.Equal("ballot-hand-counted", Assert.Single(bundle.Audit).Action);
    }

    [Fact]
    public void OneChoiceChangedBreaksTheBoxRoot()
    {
        var box = Bundle.Box.ToList();
        var other = box.First(c => c != box[0]);
        box[0] = other;
        var report = BundleVerifier.Verify(Bundle with { Box = box });
        Assert.Contains("box-root-mismatch", report.FailedCodes);
        Assert.Contains("recount-mismatch", report.FailedCodes);
        Assert.DoesNotContain(report.Findings, f => f.Check == "box-size" && f.Outcome == Outcome.Failed);
        Assert.Contains(report.Findings, f => f.Code == "box-root-mismatch" && f.Chinese.Contains("有选票被改动"));
    }

    [Fact]
    public void OneBallotDroppedLeavesTooFewInTheBox()
    {
        var report = BundleVerifier.Verify(Bundle with { Box = [.. Bundle.Box.Skip(1)] });
        Assert.Contains("box-too-few", report.FailedCodes);
        Assert.Contains(report.Findings, f => f.Code == "box-too-few" && f.Chinese.Contains("票箱中只有 11 张选票，计票记录收回 12 张"));
    }

    [Fact]
    public void OneBallotAddedLeavesTooManyInTheBox()
    {
        var report = BundleVerifier.Verify(Bundle with { Box = [.. Bundle.Box, Bundle.Box[0]] });
        Assert.Contains("box-too-many", report.FailedCodes);
        Assert.Contains(report.Findings, f => f.Code == "box-too-many" && f.English.Contains("ballots were added"));
    }

    [Fact]
    public void TwoAuditEntriesSwappedBreakTheChain()
    {
        var audit = Bundle.Audit.ToList();
        (audit[0], audit[1]) = (audit[1], audit[0]);
        var report = BundleVerifier.Verify(Bundle with { Audit = audit });
        Assert.Equal(["audit-chain-reordered"], report.FailedCodes);
    }

    [Fact]
    public void AFigureChangedInTheNoticeIsNamedAndBreaksTheServerSignature()
    {
        var notice = JsonNode.Parse(Bundle.Notice)!;
        var count = notice["result"]!["items"]![0]!["counts"]![0]!["count"]!;
        count.ReplaceWith(count.GetValue<int>() + 1);
        var report = BundleVerifier.Verify(Bundle with { Notice = notice.ToJsonString() });
        Assert.Equal(["server-signature-invalid", "notice-result-mismatch"], report.FailedCodes);
        Assert.Contains(report.Findings, f => f.Code == "notice-result-mismatch" && f.Chinese.Contains("items[0].counts[0].count"));
    }

    [Fact]
    public void ASignatureFromAnotherKeyIsRefusedAsNotTheKeyTheNoticeNames()
    {
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var signatures = Bundle.Signatures.ToList();
        signatures[0] = signatures[0] with
        {
            SigningKey = RecordSignatures.PublicKey(stranger), Signature = RecordSignatures.Sign(stranger, Bundle.CountRecord),
        };
        var report = BundleVerifier.Verify(Bundle with { Signatures = signatures });
        Assert.Equal(["scrutineer-key-not-named"], report.FailedCodes);
    }

    [Fact]
    public void AnotherServerKeyThanTheOneShownInTheHallIsRefused()
    {
        var report = BundleVerifier.Verify(Bundle, "0000 1111 2222 3333");
        Assert.Equal(["server-key-mismatch"], report.FailedCodes);
    }

    [Fact]
    public void ARecordEditedIntoTheWrongShapeFailsItsChecksInsteadOfStoppingTheReport()
    {
        var record = JsonNode.Parse(Bundle.CountRecord)!;
        record["returned"] = "十二";
        var report = BundleVerifier.Verify(Bundle with { CountRecord = record.ToJsonString() });
        Assert.Contains("box-size-unreadable", report.FailedCodes);
        Assert.Contains("scrutineer-signature-invalid", report.FailedCodes);
        Assert.Contains(report.Findings, f => f.Check == "audit-chain");
    }

    /// <summary>The verifier as a user runs it: its own process, the report on stdout, the exit code.</summary>
    private static async Task<(int Exit, string Output)> RunVerifierAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(BundleVerifier).Assembly.Location);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await output + await errors);
    }
}
