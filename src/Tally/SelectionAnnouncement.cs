namespace PeoplesCongress.Tally;

// RULES.md "Validity of a whole vote" and "Counting, certification, publication": the result the chair announces on the spot.
public static class SelectionAnnouncement
{
    public static string Compose(SelectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var header =
            $"发出表决票{result.Issued}张，收回{result.Returned}张，有效票{result.Valid}张，无效票{result.Invalid}张，"
            + AdoptionSentences.Verdict(result.VoteValid);
        if (!result.VoteValid)
        {
            return header;
        }
        return header + AdoptionSentences.Compose(result.Candidates, result.Adopted, result.RunOff, result.Shortfall);
    }
}

// The sentences after the header, the same for every form of the livelihood-project vote.
internal static class AdoptionSentences
{
    public static string Verdict(bool voteValid) => voteValid ? "本次票决有效。" : "本次票决无效，应当重新投票。";

    public static string Compose(
        IReadOnlyList<CandidateResult> candidates, IReadOnlyList<int> adopted, RunOff? runOff, Shortfall? shortfall)
    {
        var byId = candidates.ToDictionary(c => c.Id);
        return AdoptedSentence(adopted, runOff, byId) + RunOffSentence(runOff, byId) + ShortfallSentence(shortfall);
    }

    private static string AdoptedSentence(IReadOnlyList<int> adopted, RunOff? runOff, Dictionary<int, CandidateResult> byId)
    {
        if (adopted.Count > 0)
        {
            var listed = string.Join("、", adopted.Select(id => $"{byId[id].Name}（{byId[id].Votes}票）"));
            return $"{listed}获得通过，确定为民生实事项目。";
        }
        // A shortfall sentence follows and says how many were needed; a run-off says which projects remain.
        return runOff is null ? "没有项目获得通过。" : "尚未确定民生实事项目。";
    }

    private static string RunOffSentence(RunOff? runOff, Dictionary<int, CandidateResult> byId)
    {
        if (runOff is null)
        {
            return "";
        }
        var tied = string.Join("、", runOff.CandidateIds.Select(id => byId[id].Name));
        return Wording.RunOff(tied, runOff.Votes, runOff.PlacesLeft);
    }

    private static string ShortfallSentence(Shortfall? shortfall) =>
        shortfall is null
            ? ""
            : Wording.ShortfallAnnounced(shortfall.Places, shortfall.Adopted);
}
