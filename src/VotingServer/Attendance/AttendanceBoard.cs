using System.Data.Common;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Attendance;

/// <summary>
/// 应到 / 实到 / 请假 of every sitting, counted in memory from each deputy's row: a copy of the store that the writer
/// refreshes after every commit that changed a deputy (a sign-in, a leave mark, a roster change), before that commit
/// is answered. Reading it costs no database query, so a sign-in storm does not count the roster again for every
/// group commit. The counting rules are <see cref="AttendanceQuery"/>'s, which a write still uses where it must see
/// what it guards (the quorum check before opening a ballot).
/// </summary>
public sealed class AttendanceBoard : IStoreObserver
{
    private const string Select =
        """SELECT "Id", "SittingId", "Status" = @current, "SignedInAt" IS NOT NULL, "OnLeave" FROM "Deputies" """;

    private readonly Lock gate = new();
    private readonly Dictionary<int, Mark> deputies = [];
    private readonly Dictionary<int, AttendanceCounts> sittings = [];

    public IReadOnlyCollection<string> Tables { get; } = ["Deputies"];

    /// <summary>The sitting's counts as of the last commit taken in (all zero for a sitting without deputies).</summary>
    public AttendanceCounts Of(int sittingId)
    {
        lock (gate) return sittings.GetValueOrDefault(sittingId);
    }

    /// <summary>The attendance of a sitting already read: its counts as of the last commit, under its quorum rule.</summary>
    public AttendanceView ViewOf(SittingView sitting) => AttendanceQuery.View(sitting, Of(sitting.Id));

    public void Load(DbConnection connection)
    {
        var rows = connection.Query(Select, Read, ("@current", DeputyStatus.Current.Wire()));
        lock (gate)
        {
            deputies.Clear();
            sittings.Clear();
            foreach (var (id, mark) in rows) Apply(id, mark);
        }
    }

    public void Refresh(DbConnection connection, ChangedRows changed)
    {
        var rows = connection.Query(Select + "WHERE " + StoreDialect.Of(connection).InList("\"Id\"", "@ids"), Read,
            ("@current", DeputyStatus.Current.Wire()), ("@ids", changed.Ids(connection, "Deputies")));
        lock (gate)
        {
            foreach (var (id, mark) in rows) Apply(id, mark);
        }
    }

    private void Apply(int deputyId, Mark mark)
    {
        if (deputies.TryGetValue(deputyId, out var before)) Add(before, -1);
        deputies[deputyId] = mark;
        Add(mark, 1);
    }

    private void Add(Mark mark, int sign)
    {
        if (!mark.Current) return;
        var counts = sittings.GetValueOrDefault(mark.SittingId);
        sittings[mark.SittingId] = new AttendanceCounts(
            counts.Expected + sign, counts.Present + (mark.SignedIn && !mark.OnLeave ? sign : 0), counts.OnLeave + (mark.OnLeave ? sign : 0));
    }

    private static (int Id, Mark Mark) Read(DbDataReader r) =>
        (r.GetInt32(0), new Mark(r.GetInt32(1), r.GetBoolean(2), r.GetBoolean(3), r.GetBoolean(4)));

    /// <summary>What of a deputy's row counts: their sitting, a current deputy (not replaced or resigned), signed in, on leave.</summary>
    private readonly record struct Mark(int SittingId, bool Current, bool SignedIn, bool OnLeave);
}

/// <summary>应到 (current deputies), 实到 (signed in and not on leave) and 请假 (on leave) of one sitting.</summary>
public readonly record struct AttendanceCounts(int Expected, int Present, int OnLeave);
