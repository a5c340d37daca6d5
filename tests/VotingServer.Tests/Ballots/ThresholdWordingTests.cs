using System.Text.RegularExpressions;
using PeoplesCongress.Tally;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

/// <summary>
/// The secretariat's threshold choices (wwwroot/js/secretariat/ballotWords.js) name each share as the rules' wording
/// does (src/Tally/Wording.cs), so the form, the agenda's details and the results say the same 三分之二.
/// </summary>
public sealed partial class ThresholdWordingTests
{
    [Fact]
    public void EveryShareTheFormNamesIsWordedAsTheRulesWordIt()
    {
        var module = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "wwwroot", "js", "secretariat", "ballotWords.js"));
        var shares = Share().Matches(module[module.IndexOf("const shares", StringComparison.Ordinal)..module.IndexOf("};", StringComparison.Ordinal)])
            .Select(m => (Fraction: new Fraction(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)), Words: m.Groups[3].Value))
            .ToList();
        var choices = Choice().Matches(module)
            .Select(m => (Fraction: new Fraction(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)), Label: m.Groups[3].Value))
            .ToList();
        var offered = choices.Select(c => $"{c.Fraction.Numerator}/{c.Fraction.Denominator}").ToList();

        Assert.Equal(3, shares.Count);
        Assert.All(shares, share => Assert.Equal(Wording.Of(share.Fraction), share.Words));
        Assert.Equal(["1/2", "2/3", "3/4"], offered);
        Assert.All(choices, choice => Assert.Contains(Wording.Of(choice.Fraction), choice.Label));
    }

    [GeneratedRegex(@"'(\d+)/(\d+)': '([^']+)'")]
    private static partial Regex Share();

    [GeneratedRegex(@"\['(\d+)/(\d+)', '([^']+)'\]")]
    private static partial Regex Choice();
}
