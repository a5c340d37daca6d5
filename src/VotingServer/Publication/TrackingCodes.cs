using Microsoft.Data.Sqlite;
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

    /// <summary>The tracking codes of the ballot's counted casts, sorted.</summary>
    public static List<string> Counted(SqliteConnection connection, int ballotId) => connection.Query(
        "SELECT TrackingCode FROM Issuances WHERE BallotId = $ballot AND CastId IS NOT NULL AND TrackingCode IS NOT NULL ORDER BY TrackingCode",
        r => r.GetString(0), ("$ballot", ballotId));

    public static List<string> Counted(VenueDbContext db, int ballotId) =>
        [.. db.Issuances.Where(i => i.BallotId == ballotId && i.CastId != null && i.TrackingCode != null)
            .Select(i => i.TrackingCode!).AsEnumerable().Order(StringComparer.Ordinal)];
}
