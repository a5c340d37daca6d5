using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// What a write sees inside the writer's shared transaction: the connection for plain SQL, and an EF Core context
/// on that same connection for entity work. Whatever the work checks and writes here commits or rolls back as one,
/// so a check can never be overtaken by another write between it and its effect.
/// </summary>
public sealed class WriteTransaction : IDisposable
{
    private VenueDbContext? db;

    internal WriteTransaction(WriterStore store) => Store = store;

    internal WriterStore Store { get; }

    public DbConnection Connection => Store.Connection;

    /// <summary>An EF Core context inside this transaction, made on first use and gone with the work item.</summary>
    public VenueDbContext Db
    {
        get
        {
            if (db is not null) return db;
            db = Store.NewContext();
            // The writer holds the transaction (BEGIN … SAVEPOINT); EF Core must not open one of its own.
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
            return db;
        }
    }

    /// <summary>Writes the entities the work has added or changed, inside this transaction (ids are assigned).</summary>
    public void Save() => db?.SaveChanges();

    /// <summary>Ends the work item's context; the writer calls it after each item, whatever its outcome.</summary>
    public void Dispose()
    {
        db?.Dispose();
        db = null;
    }
}
