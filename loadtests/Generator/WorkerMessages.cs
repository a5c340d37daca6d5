using PeoplesCongress.Contracts;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// What a generator worker process is given on its first line: the server to sign in on, the hall to move in, its
/// share of the credentials and the index of its first tablet (indexes run across all processes, so each tablet votes
/// as it would in one).
/// </summary>
internal sealed record WorkerSetup(Uri Server, IReadOnlyList<string> Codes, int FirstIndex, IReadOnlyList<Uri>? Hall, bool Spread);

/// <summary>A command to a worker, one JSON line: connect, vote, leave, tallies, or exit.</summary>
internal sealed record WorkerCommand(string Op, string? Phase = null, bool SignIn = false, int Parallelism = 1, BallotView? Ballot = null)
{
    public const string Connect = "connect";
    public const string Vote = "vote";
    public const string Leave = "leave";
    public const string Tallies = "tallies";
    public const string Exit = "exit";
}

/// <summary>
/// A worker's line back: the answer to its command (<see cref="WorkerCommand.Op"/> repeated), or a push
/// (<see cref="Push"/> "opened"/"closed") that so many of its tablets received since the last such line.
/// Latencies travel as <see cref="Latencies.Encode"/>d histograms.
/// </summary>
internal sealed record WorkerReply(
    string Op, int Done = 0, int Failed = 0, string? Latency = null, IReadOnlyList<int>? Acked = null, int Duplicates = 0,
    double SendSpreadMs = 0, WorkerTallies? Tallies = null, string? Push = null, int BallotId = 0, string? Error = null)
{
    public const string PushOp = "push";
}

/// <summary>What a worker's tablets met over the whole scenario, to fold into the main process's figures.</summary>
internal sealed record WorkerTallies(
    IReadOnlyDictionary<string, int> Errors, int Drops, int AttendancePushes, IReadOnlyList<WorkerServerTally> PerServer);

/// <summary>One server of a hall as a worker's tablets saw it (see <see cref="ServerTally"/>).</summary>
internal sealed record WorkerServerTally(Uri Server, int SignedIn, int MovedIn, int Acked, int Errors, string Latency);
