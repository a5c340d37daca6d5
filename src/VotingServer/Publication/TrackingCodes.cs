using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// 查验码: a short random code given to a cast at its first recording and shown on the tablet after the ack. The
/// publication lists the codes of the ballots counted, sorted and without any choice: a deputy sees their ballot was
/// counted, but the code says nothing of how they voted, so it cannot serve as a receipt to show anyone
/// (docs/security.md "Tracking codes").
/// </summary>
public static class TrackingCodes
{
    /// <summary>A new code: 8 symbols of the credential alphabet (40 random bits), shown "XXXX-XXXX".</summary>
    public static string New()
    {
        var symbols = CredentialCode.NewSymbols(8);
        return $"{symbols[..4]}-{symbols[4..]}";
    }

    /// <summary>
    /// The tracking codes of the ballot's counted casts, sorted (ordinal). Empty for a ballot not counted electronically:
    /// a hand count (人工计票) keeps the electronic ballots uncounted, so none of their codes is listed as counted.
    /// </summary>
    public static List<string> Counted(DbConnection connection, int ballotId) => connection.Query(
        $"""
        SELECT i."TrackingCode" FROM "Issuances" i JOIN "Ballots" b ON b."Id" = i."BallotId"
        WHERE i."BallotId" = @ballot AND i."CastId" IS NOT NULL AND i."TrackingCode" IS NOT NULL
          AND {StoreDialect.Of(connection).CountedBy("b.\"ResultJson\"")} = @electronic
        """,
        r => r.GetString(0), ("@ballot", ballotId), ("@electronic", CountMethods.Electronic)).Order(StringComparer.Ordinal).ToList();

    public static List<string> Counted(VenueDbContext db, int ballotId)
    {
        var connection = db.Database.GetDbConnection();
        db.Database.OpenConnection();
        try
        {
            return Counted(connection, ballotId);
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }
}
