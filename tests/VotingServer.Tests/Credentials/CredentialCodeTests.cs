using PeoplesCongress.VotingServer.Credentials;

namespace PeoplesCongress.VotingServer.Tests.Credentials;

/// <summary>Codes (credentials, tracking codes) are drawn evenly from all 32 symbols of the alphabet.</summary>
public sealed class CredentialCodeTests
{
    [Fact]
    public void Every_symbol_of_the_alphabet_is_drawn_about_equally_often()
    {
        var counts = new Dictionary<char, int>();
        for (var i = 0; i < 1_000; i++)
        {
            foreach (var symbol in CredentialCode.NewSymbols(32)) counts[symbol] = counts.GetValueOrDefault(symbol) + 1;
        }

        // 32,000 symbols: 1,000 of each expected, with a standard deviation of about 31.
        Assert.Equal("0123456789ABCDEFGHJKMNPQRSTVWXYZ", string.Concat(counts.Keys.Order()));
        Assert.All(counts.Values, count => Assert.InRange(count, 800, 1_200));
    }
}
