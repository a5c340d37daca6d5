using System.Security.Cryptography;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Sealing;

namespace PeoplesCongress.VotingServer.Tests.Sealing;

/// <summary>The sealed box's two envelopes: a cast's choices sealed to the box key, and the box key wrapped for a scrutineer.</summary>
public sealed class SealingTests
{
    private const int Ballot = 7;
    private static readonly byte[] Row = RandomNumberGenerator.GetBytes(16);

    [Fact]
    public void SealedChoicesOpenWithTheBoxKeyAndAllHaveOneSize()
    {
        using var box = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = box.ExportSubjectPublicKeyInfo();
        var short1 = SealedChoices.Seal(publicKey, null, "[3]", 40, Ballot, Row);
        var long1 = SealedChoices.Seal(publicKey, null, "[3,4,5,6,7]", 40, Ballot, Row);

        Assert.Equal("[3]", SealedChoices.Open(box, short1, Ballot, Row));
        Assert.Equal("[3,4,5,6,7]", SealedChoices.Open(box, long1, Ballot, Row));
        Assert.Equal(short1.Length, long1.Length);
        // Sealing the same choices twice gives unrelated bytes (a fresh one-off key and nonce each time).
        Assert.NotEqual(short1, SealedChoices.Seal(publicKey, null, "[3]", 40, Ballot, Row));
    }

    [Fact]
    public void ASealedRowChangedOrMovedOrOpenedWithAnotherKeyIsRefused()
    {
        using var box = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var sealedRow = SealedChoices.Seal(box.ExportSubjectPublicKeyInfo(), null, """{"3":"for"}""", 32, Ballot, Row);

        for (var at = 0; at < sealedRow.Length; at += 7)
        {
            var tampered = sealedRow.ToArray();
            tampered[at] ^= 0x01;
            Assert.ThrowsAny<CryptographicException>(() => SealedChoices.Open(box, tampered, Ballot, Row));
        }
        Assert.ThrowsAny<CryptographicException>(() => SealedChoices.Open(box, sealedRow, Ballot + 1, Row));
        Assert.ThrowsAny<CryptographicException>(() => SealedChoices.Open(box, sealedRow, Ballot, RandomNumberGenerator.GetBytes(16)));
        Assert.ThrowsAny<CryptographicException>(() => SealedChoices.Open(other, sealedRow, Ballot, Row));
        Assert.ThrowsAny<CryptographicException>(() => SealedChoices.Open(box, sealedRow[..^1], Ballot, Row));
    }

    [Fact]
    public void ARowSealedUnderTheSymmetricKeyOpensOnlyWithTheBoxsPrivateHalf()
    {
        using var box = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = box.ExportSubjectPublicKeyInfo();
        var symmetric = SealedChoices.SymmetricKey(box);
        using var cipher = new BoxCipher(symmetric.ToArray());
        var fast = SealedChoices.Seal(publicKey, cipher, "[3]", 40, Ballot, Row);
        var slow = SealedChoices.Seal(publicKey, null, "[3,4,5,6,7]", 40, Ballot, Row);

        Assert.Equal(0x01, fast[0]);
        Assert.Equal("[3]", SealedChoices.Open(box, fast, Ballot, Row));
        Assert.Equal("[3]", SealedChoices.Open(box, fast, Ballot, Row, symmetric));
        // A box of both kinds (cast before and after a restart) opens with the one private half.
        Assert.Equal("[3,4,5,6,7]", SealedChoices.Open(box, slow, Ballot, Row, symmetric));
        Assert.Equal(fast.Length, SealedChoices.Seal(publicKey, cipher, "[3,4,5,6,7]", 40, Ballot, Row).Length);
        Assert.ThrowsAny<CryptographicException>(() => SealedChoices.Open(other, fast, Ballot, Row));
        Assert.ThrowsAny<CryptographicException>(() => SealedChoices.Open(box, fast, Ballot + 1, Row));
        for (var at = 0; at < fast.Length; at += 5)
        {
            var tampered = fast.ToArray();
            tampered[at] ^= 0x02;
            Assert.ThrowsAny<CryptographicException>(() => SealedChoices.Open(box, tampered, Ballot, Row));
        }
    }

    [Fact]
    public void AfterTheBoxKeyIsDestroyedACastIsSealedToThePublicKeyAndNeverUnderAZeroedKey()
    {
        using var box = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = box.ExportSubjectPublicKeyInfo();
        var key = SealedChoices.SymmetricKey(box);
        var cipher = new BoxCipher(key);
        Assert.Equal(0x01, SealedChoices.Seal(publicKey, cipher, "[3]", 40, Ballot, Row)[0]);

        cipher.Dispose();

        Assert.All(key, b => Assert.Equal(0, b));
        var late = SealedChoices.Seal(publicKey, cipher, "[3]", 40, Ballot, Row);
        Assert.Equal(0x30, late[0]);
        Assert.Equal("[3]", SealedChoices.Open(box, late, Ballot, Row));
    }

    [Fact]
    public void ChoicesLongerThanTheBallotsPaddedLengthAreNotSealed()
    {
        using var box = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        Assert.Throws<ArgumentException>(() => SealedChoices.Seal(box.ExportSubjectPublicKeyInfo(), null, "[1,2,3]", 8, Ballot, Row));
    }

    [Fact]
    public void TheBoxKeyUnwrapsOnlyWithTheScrutineersCodeForTheSameBallotAndCard()
    {
        var code = CredentialCode.NewCode();
        var (_, sealingPublic) = CredentialKeys.PublicKeys(code);
        using var box = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var (ephemeral, wrapped) = BoxKeyWrapping.Wrap(box, sealingPublic, Ballot, credentialId: 11);

        using var sealing = CredentialKeys.Sealing(code);
        using var unwrapped = BoxKeyWrapping.Unwrap(sealing, ephemeral, wrapped, Ballot, 11);
        Assert.Equal(BoxKeyWrapping.PublicKey(box), BoxKeyWrapping.PublicKey(unwrapped));
        // The unwrapped key opens what was sealed to the original.
        var sealedRow = SealedChoices.Seal(box.ExportSubjectPublicKeyInfo(), null, "[1]", 16, Ballot, Row);
        Assert.Equal("[1]", SealedChoices.Open(unwrapped, sealedRow, Ballot, Row));

        using var wrongCard = CredentialKeys.Sealing(CredentialCode.NewCode());
        Assert.ThrowsAny<CryptographicException>(() => BoxKeyWrapping.Unwrap(wrongCard, ephemeral, wrapped, Ballot, 11));
        Assert.ThrowsAny<CryptographicException>(() => BoxKeyWrapping.Unwrap(sealing, ephemeral, wrapped, Ballot + 1, 11));
        Assert.ThrowsAny<CryptographicException>(() => BoxKeyWrapping.Unwrap(sealing, ephemeral, wrapped, Ballot, 12));
        var tampered = wrapped.ToArray();
        tampered[^1] ^= 0x80;
        Assert.ThrowsAny<CryptographicException>(() => BoxKeyWrapping.Unwrap(sealing, ephemeral, tampered, Ballot, 11));
        var otherEphemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256).ExportSubjectPublicKeyInfo();
        Assert.ThrowsAny<CryptographicException>(() => BoxKeyWrapping.Unwrap(sealing, otherEphemeral, wrapped, Ballot, 11));
    }
}
