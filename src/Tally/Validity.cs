namespace PeoplesCongress.Tally;

// RULES.md "Validity of a whole vote": valid when returned ≤ issued; otherwise it must be repeated.
public static class WholeVoteValidity
{
    public static bool IsValid(int issued, int returned) => returned <= issued;
}

// RULES.md "Select up to N of M (差额票决)": more than N marks voids the ballot; blank is valid and votes for none.
public static class SelectionBallotValidity
{
    public static bool IsValid(SelectionBallot ballot, int places, IReadOnlySet<int> candidateIds)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        ArgumentNullException.ThrowIfNull(candidateIds);
        // No write-ins, and a paper ballot can carry the same project twice; neither can be counted.
        return ballot.Marks.Count <= places
            && ballot.Marks.All(candidateIds.Contains)
            && ballot.Marks.Distinct().Count() == ballot.Marks.Count;
    }
}
