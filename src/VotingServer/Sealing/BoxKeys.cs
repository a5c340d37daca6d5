using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace PeoplesCongress.VotingServer.Sealing;

/// <summary>
/// The private halves of the open ballots' box keys, in memory only: added once an open (or an unseal) has committed,
/// disposed once the count has committed. After a restart it is empty, and a ballot opened before it stays sealed
/// until a scrutineer's card unseals it (<see cref="BoxUnsealing"/>). Never written anywhere, never logged.
/// </summary>
public sealed class BoxKeys : IDisposable
{
    private readonly ConcurrentDictionary<int, ECDiffieHellman> keys = new();
    private readonly ConcurrentDictionary<int, byte[]> symmetric = new();

    public bool Holds(int ballotId) => keys.ContainsKey(ballotId);

    public ECDiffieHellman? Find(int ballotId) => keys.GetValueOrDefault(ballotId);

    /// <summary>The box's symmetric key (<see cref="SealedChoices.SymmetricKey"/>) while its private half is held.</summary>
    public byte[]? Symmetric(int ballotId) => symmetric.GetValueOrDefault(ballotId);

    /// <summary>Keeps a key; if one is already held for the ballot (two scrutineers unsealing at once), the new one is disposed.</summary>
    public void Add(int ballotId, ECDiffieHellman key)
    {
        if (!keys.TryAdd(ballotId, key))
        {
            key.Dispose();
            return;
        }
        symmetric[ballotId] = SealedChoices.SymmetricKey(key);
    }

    /// <summary>Forgets and disposes a ballot's key, after its count has committed.</summary>
    public void Destroy(int ballotId)
    {
        if (symmetric.TryRemove(ballotId, out var bytes)) CryptographicOperations.ZeroMemory(bytes);
        if (keys.TryRemove(ballotId, out var key)) key.Dispose();
    }

    public void Dispose()
    {
        foreach (var id in keys.Keys) Destroy(id);
    }
}
