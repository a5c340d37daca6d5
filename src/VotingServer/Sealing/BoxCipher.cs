using System.Security.Cryptography;

namespace PeoplesCongress.VotingServer.Sealing;

/// <summary>
/// A box's symmetric key (<see cref="SealedChoices.SymmetricKey"/>) with one AES-GCM instance made from it for each
/// thread that seals, reused from cast to cast: making one for each cast (its native context and key schedule) was a
/// tenth of a cast's CPU. Disposed with the box key (<see cref="BoxKeys"/>): the key's bytes are zeroed and every
/// instance is disposed, so no key schedule outlives the key; a seal under way when that happens finishes (the native
/// context is freed after it), and the next one is refused.
/// </summary>
public sealed class BoxCipher : IDisposable
{
    private readonly byte[] key;
    private readonly ThreadLocal<AesGcm> instances;
    private volatile bool disposed;

    public BoxCipher(byte[] key)
    {
        this.key = key;
        instances = new ThreadLocal<AesGcm>(() => new AesGcm(key, SealedEnvelope.TagSize), trackAllValues: true);
    }

    /// <summary>False once disposed: the ballot has been counted, and the caller seals to the public key instead.</summary>
    internal bool TryEncrypt(
        ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> ciphertext, Span<byte> tag, ReadOnlySpan<byte> associatedData)
    {
        if (disposed) return false;
        try
        {
            instances.Value!.Encrypt(nonce, plaintext, ciphertext, tag, associatedData);
            return !disposed;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        CryptographicOperations.ZeroMemory(key);
        foreach (var aes in instances.Values) aes.Dispose();
        instances.Dispose();
    }
}
