using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tests.Credentials;

/// <summary>Codes (credentials, tracking codes) are drawn evenly from all 32 symbols of the alphabet, from random bytes never handed out twice.</summary>
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

    [Fact]
    public void Random_bytes_are_never_handed_out_twice_and_cover_every_value()
    {
        // 8,192 draws of 16 bytes: 32 of the 4 KiB blocks, refilled as they run out; one longer draw in between.
        var draws = Enumerable.Range(0, 8_192).Select(_ => Convert.ToHexString(RandomBytes.Get(16))).ToList();
        var longDraw = RandomBytes.Get(4_096);

        Assert.Equal(draws.Count, draws.Distinct().Count());
        var counts = new int[256];
        foreach (var b in draws.SelectMany(Convert.FromHexString).Concat(longDraw)) counts[b]++;
        // 135,168 bytes: 528 of each value expected, with a standard deviation of about 23.
        Assert.All(counts, count => Assert.InRange(count, 400, 660));
    }
}
