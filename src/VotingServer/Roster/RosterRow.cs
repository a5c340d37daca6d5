using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Roster;

/// <summary>One deputy as read from a roster file; <see cref="Row"/> is the spreadsheet row number (header = 1).</summary>
public sealed record RosterRow(int Row, string Number, string Name, string Delegation, DeputyStatus Status, bool OnLeave);
