using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>The order of a sitting's agenda (议程): each new ballot goes at the end.</summary>
public static class Agenda
{
    /// <summary>
    /// Places <paramref name="ballot"/> after the last ballot of its sitting and writes it. The position is read and
    /// taken in the same write, and the database keeps positions unique per sitting.
    /// </summary>
    public static Ballot Append(WriteTransaction tx, Ballot ballot)
    {
        ballot.AgendaPosition = (tx.Db.Ballots.Where(b => b.SittingId == ballot.SittingId).Max(b => (int?)b.AgendaPosition) ?? 0) + 1;
        tx.Db.Ballots.Add(ballot);
        tx.Save();
        return ballot;
    }
}
