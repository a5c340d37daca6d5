
namespace PeoplesCongress.Verifier;

/// <summary>The report on stdout: what was checked, one line per finding in Chinese and English, and the verdict.</summary>
public static class ReportWriter
{
    public static void Write(TextWriter output, string path, Contracts.PublicationBundle bundle, VerificationReport report, TimeSpan took)
    {
        output.WriteLine("公告数据包核验 / Publication bundle verification");
        output.WriteLine($"文件 / File: {path}");
        var notice = BundleVerifier.Parse(bundle.Notice);
        if (notice is not null)
        {
            output.WriteLine($"公告 / Notice: {BundleVerifier.Text(notice["sittingName"])} {BundleVerifier.Text(notice["heading"])}：" +
                             $"{BundleVerifier.Text(notice["result"]?["title"])}");
            if (BundleVerifier.Text(notice["result"]?["announcement"]) is { } announcement) output.WriteLine($"  {announcement}");
        }
        output.WriteLine($"服务器签名密钥指纹 / Server key fingerprint: {BundleVerifier.Short(report.ServerFingerprint)} ({report.ServerFingerprint})");
        output.WriteLine($"票箱 / Box: {bundle.Box.Count}，查验码 / tracking codes: {bundle.TrackingCodes.Count}，操作记录 / audit entries: {bundle.Audit.Count}");
        output.WriteLine();
        foreach (var finding in report.Findings)
        {
            var mark = finding.Outcome switch
            {
                Outcome.Passed => "[通过 PASS]",
                Outcome.Failed => "[失败 FAIL]",
                _ => "[提示 NOTE]",
            };
            output.WriteLine($"{mark} {finding.Code}");
            output.WriteLine($"    {finding.Chinese}");
            output.WriteLine($"    {finding.English}");
        }
        output.WriteLine();
        var failed = report.Findings.Count(f => f.Outcome == Outcome.Failed);
        output.WriteLine(failed == 0
            ? "结论：全部核验通过。 / Verdict: every check holds."
            : $"结论：{failed} 项核验未通过。 / Verdict: {failed} check(s) failed.");
        output.WriteLine($"用时 / Time: {took.TotalMilliseconds:0} ms");
    }

}
