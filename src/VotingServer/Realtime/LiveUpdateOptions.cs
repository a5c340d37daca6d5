namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>How much of the hall's network the live updates may take (section "Live").</summary>
public sealed class LiveUpdateOptions
{
    public const string Section = "Live";

    /// <summary>
    /// Attendance messages a second to all the tablets together. While the server holds at most a quarter of this
    /// many hub connections (250 by default) the tablets get every change at the next tick (four a second); beyond
    /// that their pushes are spaced, and the last count still reaches them. The staff pages get every tick regardless.
    /// </summary>
    public double TabletAttendancePerSecond { get; set; } = 1000;
}
