namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// Counts the writer's commits, so that a value read from the database can be served again for as long as nothing
/// has been written since it was read.
/// </summary>
public sealed class DataVersion
{
    private long current;

    public long Current => Interlocked.Read(ref current);

    public void Advance() => Interlocked.Increment(ref current);
}
