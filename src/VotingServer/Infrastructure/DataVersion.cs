using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// Counts commits, through the group-commit writer and through EF Core's SaveChanges alike, so that a value read
/// from the database can be served again for as long as nothing has been written since it was read.
/// </summary>
public sealed class DataVersion
{
    private long current;

    public long Current => Interlocked.Read(ref current);

    public void Advance() => Interlocked.Increment(ref current);
}

internal sealed class DataVersionInterceptor(DataVersion version) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        version.Advance();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        version.Advance();
        return ValueTask.FromResult(result);
    }
}
