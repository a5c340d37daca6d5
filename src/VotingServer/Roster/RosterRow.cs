using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Roster;

/// <summary>
/// One deputy as read from a roster file; <see cref="Row"/> is the spreadsheet row number (header = 1).
/// <see cref="OnLeave"/> is null when the file has no leave column, so an import keeps the leave already marked.
/// <see cref="Station"/> is the 代表联络站 of a term's register, "" when the file has no such column.
/// </summary>
public sealed record RosterRow(int Row, string Number, string Name, string Delegation, DeputyStatus Status, bool? OnLeave, string Station = "");
