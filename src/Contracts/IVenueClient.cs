namespace PeoplesCongress.Contracts;

/// <summary>The pushes the venue server sends to every connected client (tablets and staff pages).</summary>
public interface IVenueClient
{
    /// <summary>
    /// A deputy's tablet, once per connection, right after connecting: its sitting as it stands (what
    /// <see cref="VenueHubProtocol.GetState"/> answers), sent once the sign-in is durable.
    /// </summary>
    Task SignedIn(SittingState state);

    /// <summary>Attendance of the client's sitting changed; coalesced, at most a few times a second.</summary>
    Task AttendanceChanged(AttendanceView attendance);

    /// <summary>The presidium opened a ballot.</summary>
    Task BallotOpened(BallotView ballot);

    /// <summary>The presidium closed a ballot; the certified figures come with it.</summary>
    Task BallotClosed(BallotResultView result);

    /// <summary>Staff only: how many of the issued ballots have been cast (counts, never who).</summary>
    Task ProgressChanged(BallotProgress progress);

    /// <summary>Staff only: an act was asked of the presidium, or confirmed or declined; the list is read from the API.</summary>
    Task ConfirmationsChanged(int sittingId);

    /// <summary>Staff only: the secretariat added, edited, removed or moved a ballot not yet opened; the agenda is read from the API.</summary>
    Task AgendaChanged(int sittingId);

    /// <summary>Staff only: a scrutineer signed the count record of this ballot; the record is read from the API.</summary>
    Task CountRecordSigned(int ballotId);
}

/// <summary>Names of the hub and its methods, so clients in any language use the same strings.</summary>
public static class VenueHubProtocol
{
    public const string Path = "/hubs/venue";
    public const string GetState = nameof(GetState);
    public const string Cast = nameof(Cast);
    public const string WatchSitting = nameof(WatchSitting);
}
