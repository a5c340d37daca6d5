using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PeoplesCongress.Tally.Records;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Certification;

/// <summary>
/// The venue server's own signing key (ECDSA P-256), created on first start as <c>server-signing-key.pem</c> in the
/// data folder (private to the server's user) and kept from then on: it signs every notice, and its fingerprint is
/// printed on the credential sheet and every notice, so that a published bundle can be checked against the key the
/// hall was shown. The private key is in that file only, never in the database or its backups.
/// </summary>
public sealed class ServerSigningKey : IDisposable
{
    public const string FileName = "server-signing-key.pem";

    private readonly ECDsa key;

    public ServerSigningKey(IOptions<DataOptions> options)
    {
        var path = Path.Combine(options.Value.FullDirectory, FileName);
        key = ECDsa.Create();
        if (File.Exists(path))
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            key.GenerateKey(ECCurve.NamedCurves.nistP256);
            // Written beside, then moved into place: a crash never leaves half a key where the next start reads it.
            var temporary = path + ".new";
            File.WriteAllText(temporary, key.ExportPkcs8PrivateKeyPem());
            File.Move(temporary, path, overwrite: false);
        }
        PublicKey = RecordSignatures.PublicKey(key);
        Fingerprint = RecordSignatures.Fingerprint(PublicKey);
    }

    /// <summary>Base64 of the DER SubjectPublicKeyInfo.</summary>
    public string PublicKey { get; }

    /// <summary>SHA-256 of the public key's DER, lowercase hex (<see cref="RecordSignatures.ShortFingerprint"/> to show).</summary>
    public string Fingerprint { get; }

    public string Sign(string record) => RecordSignatures.Sign(key, record);

    public void Dispose() => key.Dispose();
}
