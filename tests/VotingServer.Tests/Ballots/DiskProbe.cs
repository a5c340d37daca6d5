namespace PeoplesCongress.VotingServer.Tests.Ballots;

/// <summary>What the secrecy probes use to look through a database file as raw bytes, and the choices they cast.</summary>
internal static class DiskProbe
{
    /// <summary>Every non-empty subset of <paramref name="ids"/>: distinct choices to cast, so each can be looked for.</summary>
    public static IEnumerable<int[]> Subsets(int[] ids) =>
        Enumerable.Range(1, (1 << ids.Length) - 1).Select(mask => ids.Where((_, i) => (mask & (1 << i)) != 0).ToArray());

    /// <summary>Every offset where <paramref name="needle"/> occurs in <paramref name="haystack"/>.</summary>
    public static List<int> Occurrences(byte[] haystack, byte[] needle)
    {
        var found = new List<int>();
        for (var at = 0; at <= haystack.Length - needle.Length;)
        {
            var next = haystack.AsSpan(at).IndexOf(needle);
            if (next < 0) break;
            found.Add(at + next);
            at += next + 1;
        }
        return found;
    }
}
