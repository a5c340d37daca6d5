using System.Security.Cryptography;
using PeoplesCongress.Tally.Records;

namespace PeoplesCongress.Tally.Tests;

public class RecordSignaturesTests
{
    [Fact]
    public void ASignatureHoldsForItsRecordAndKeyOnly()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        const string record = "{\"ballotId\":1,\"valid\":40}";
        var signature = RecordSignatures.Sign(key, record);
        Assert.True(RecordSignatures.Verify(RecordSignatures.PublicKey(key), record, signature));
        Assert.False(RecordSignatures.Verify(RecordSignatures.PublicKey(key), record.Replace("40", "41"), signature));
        Assert.False(RecordSignatures.Verify(RecordSignatures.PublicKey(other), record, signature));
        Assert.False(RecordSignatures.Verify(RecordSignatures.PublicKey(key), record, "not base64!"));
    }

    [Fact]
    public void AFingerprintIsTheHashOfTheKeyAndShowsItsFirstSixteenDigits()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = RecordSignatures.PublicKey(key);
        var fingerprint = RecordSignatures.Fingerprint(publicKey);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo())), fingerprint);
        Assert.Equal($"{fingerprint[..4]} {fingerprint[4..8]} {fingerprint[8..12]} {fingerprint[12..16]}", RecordSignatures.ShortFingerprint(fingerprint));
    }
}
