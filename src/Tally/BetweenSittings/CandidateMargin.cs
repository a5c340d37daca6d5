namespace PeoplesCongress.Tally.BetweenSittings;

// RULES.md "民生实事: the whole cycle" (初选): the candidate list has more candidates than places (差额票决): at least
// Extra more, and, when Percent is not 0, at least Percent % of the places; both are settings of the term.
public sealed record CandidateMargin(int Extra, int Percent)
{
    public int Extra { get; } = Extra >= 1 ? Extra : throw new ArgumentException($"差额应至少为1个，现为{Extra}个。");

    public int Percent { get; } = Percent is 0 or (> 100 and <= 1_000)
        ? Percent
        : throw new ArgumentException($"候选项目与应选名额之比应大于100%（或为0，表示不设比例），现为{Percent}%。");

    /// <summary>The fewest candidates a list for <paramref name="places"/> places may have.</summary>
    public int Least(int places) => Math.Max(places + Extra, (int)Math.Ceiling(places * (Percent / 100m)));

    /// <summary>Why a list of <paramref name="candidates"/> for <paramref name="places"/> places is refused, or null.</summary>
    public string? Refusal(int places, int candidates) =>
        places < 1 ? "应选名额至少为1个。"
        : candidates >= Least(places) ? null
        : $"差额票决的候选项目应不少于{Least(places)}个（应选{places}个"
          + (Percent > 0 ? $"，多于应选至少{Extra}个且不少于应选的{Percent}%" : $"，多于应选至少{Extra}个") + $"），现为{candidates}个。";
}
