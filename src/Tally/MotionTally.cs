namespace PeoplesCongress.Tally;

// RULES.md "Ballot kinds" 4, "Motion (表决)": each returned ballot carries its marks as cast.
public sealed record MotionVote(int CurrentDeputies, int Issued, IReadOnlyList<IReadOnlyList<Approval>> Ballots)
{
    public int CurrentDeputies { get; } = VoteSettings.NotNegative(CurrentDeputies, "现有代表人数", nameof(CurrentDeputies));

    public int Issued { get; } = VoteSettings.NotNegative(Issued, "发出票数", nameof(Issued));
}

public sealed record MotionResult(
    int Issued, int Returned, int Valid, int Invalid, bool VoteValid,
    int For, int Against, int Abstain, int NotVoting, bool Passed, string Announcement);

// RULES.md "Motion": passes with 赞成 strictly more than half of all current deputies; not pressing is not voting.
public static class MotionTally
{
    public static MotionResult Count(MotionVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        var marks = vote.Ballots.Select(MotionMark.Read).ToList();
        var returned = marks.Count;
        var valid = marks.Count(m => m is not null);
        var voteValid = WholeVoteValidity.IsValid(vote.Issued, returned);
        var forVotes = marks.Count(m => m == Approval.For);

        var result = new MotionResult(
            vote.Issued, returned, valid, returned - valid, voteValid,
            forVotes, marks.Count(m => m == Approval.Against), marks.Count(m => m == Approval.Abstain),
            // With more ballots than issued nobody is known not to have voted; the vote is repeated anyway.
            NotVoting: Math.Max(0, vote.Issued - returned),
            Passed: voteValid && MajorityOfAllDeputies.Passes(forVotes, vote.CurrentDeputies),
            Announcement: "");
        return result with { Announcement = MotionAnnouncement.Compose(result, vote.CurrentDeputies) };
    }
}

// RULES.md "Counting, certification, publication": the chair announces the figures and whether the motion carried.
public static class MotionAnnouncement
{
    public static string Compose(MotionResult result, int currentDeputies)
    {
        ArgumentNullException.ThrowIfNull(result);
        var figures =
            $"应到代表{currentDeputies}人，发出表决票{result.Issued}张，收回{result.Returned}张，"
            + $"赞成{result.For}票，反对{result.Against}票，弃权{result.Abstain}票，无效{result.Invalid}票";
        if (!result.VoteValid)
        {
            return figures + "。本次表决无效，应当重新表决。";
        }
        return figures + $"，未表决{result.NotVoting}人。" + (result.Passed ? "本议案获得通过。" : "本议案未获通过。");
    }
}
