namespace PeoplesCongress.VotingServer.Connections;

/// <summary>How many of something each key (a client address, a credential) holds, with a cap checked on entry.</summary>
public sealed class KeyedCounter<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, int> held = [];

    public bool TryEnter(TKey key, int limit)
    {
        lock (held)
        {
            held.TryGetValue(key, out var count);
            if (count >= limit) return false;
            held[key] = count + 1;
            return true;
        }
    }

    public void Exit(TKey key)
    {
        lock (held)
        {
            // Keys that hold nothing are dropped, so a flood of addresses leaves no entries behind.
            if (held.TryGetValue(key, out var count) && count > 1) held[key] = count - 1;
            else held.Remove(key);
        }
    }

    public int this[TKey key]
    {
        get
        {
            lock (held) return held.GetValueOrDefault(key);
        }
    }
}
