using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace PeoplesCongress.VotingServer.Sealing;

/// <summary>
/// The private halves of the open ballots' box keys, in memory only: added once an open (or an unseal) has committed,
/// disposed once the count has committed. After a restart it is empty, and a ballot opened before it stays sealed
/// until a scrutineer's card unseals it (<see cref="BoxUnsealing"/>). Never written anywhere, never logged. With
/// several servers in a hall, <see cref="Cluster.PeerKeyExchange"/> hands each key to the other servers' memory too,
/// following <see cref="Added"/> and <see cref="Destroyed"/>.
/// </summary>
public sealed class BoxKeys : IDisposable
{
    private readonly ConcurrentDictionary<int, ECDiffieHellman> keys = new();
    private readonly ConcurrentDictionary<int, BoxCipher> symmetric = new();

    /// <summary>A key was taken in (opened, unsealed, or handed over by another server of the hall): the ballot's id.</summary>
    public event Action<int>? Added;

    /// <summary>A key was disposed of because its ballot was counted: the ballot's id.</summary>
    public event Action<int>? Destroyed;

    public bool Holds(int ballotId) => keys.ContainsKey(ballotId);

    /// <summary>The ballots whose keys are held now.</summary>
    public IReadOnlyCollection<int> Held => [.. keys.Keys];

    public ECDiffieHellman? Find(int ballotId) => keys.GetValueOrDefault(ballotId);

    /// <summary>The box's symmetric key (<see cref="SealedChoices.SymmetricKey"/>) while its private half is held.</summary>
    public BoxCipher? Symmetric(int ballotId) => symmetric.GetValueOrDefault(ballotId);

    /// <summary>Keeps a key; if one is already held for the ballot (two scrutineers unsealing at once), the new one is disposed.</summary>
    public void Add(int ballotId, ECDiffieHellman key)
    {
        if (!keys.TryAdd(ballotId, key))
        {
            key.Dispose();
            return;
        }
        symmetric[ballotId] = new BoxCipher(SealedChoices.SymmetricKey(key));
        Added?.Invoke(ballotId);
    }

    /// <summary>Forgets and disposes a ballot's key, after its count has committed.</summary>
    public void Destroy(int ballotId)
    {
        if (Forget(ballotId)) Destroyed?.Invoke(ballotId);
    }

    /// <summary>Disposes of the key held at shutdown; the other servers of the hall keep theirs.</summary>
    public void Dispose()
    {
        foreach (var id in keys.Keys) Forget(id);
    }

    private bool Forget(int ballotId)
    {
        if (symmetric.TryRemove(ballotId, out var cipher)) cipher.Dispose();
        if (!keys.TryRemove(ballotId, out var key)) return false;
        key.Dispose();
        return true;
    }
}
