using System.Reflection;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.OpenApi;

/// <summary>
/// The values of a closed set of wire strings: the constants of a class such as <c>ErrorCodes</c> or <c>PassRules</c>,
/// or the wire names of an enum such as <see cref="ChoiceOption"/>.
/// </summary>
public static class WireConstants
{
    public static IReadOnlyList<string> Of(Type set) => set.IsEnum
        ? (IReadOnlyList<string>)typeof(WireNames).GetMethod(nameof(WireNames.All))!.MakeGenericMethod(set).Invoke(null, null)!
        : set.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
}
