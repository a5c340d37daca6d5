using System.Reflection;

namespace PeoplesCongress.VotingServer.OpenApi;

/// <summary>The values of a closed set of wire strings, such as <c>ErrorCodes</c> or <c>PassRules</c>: its constants.</summary>
public static class WireConstants
{
    public static IReadOnlyList<string> Of(Type constants) => constants
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();
}
