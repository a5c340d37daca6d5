namespace PeoplesCongress.VotingServer.Tests.Attacks.Fuzz;

/// <summary>
/// Failures the fuzz finds in code that is being changed elsewhere (length limits and hand-count bounds), keyed by
/// endpoint, with the reason: reported by the fuzz test, not failed. Remove an entry once its fix has landed.
/// </summary>
public static class KnownFindings
{
    public static readonly IReadOnlyDictionary<string, string> ByTarget = new Dictionary<string, string>
    {
    };
}
