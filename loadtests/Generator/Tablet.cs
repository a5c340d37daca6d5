using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// One simulated tablet: a real <see cref="VenueConnection"/> (one WebSocket, negotiation skipped) with its own
/// credential, or in a hall of several servers a <see cref="HallConnection"/> given the whole list, which moves to the
/// next server on a lost connection and resends an unanswered cast. Connecting is retried a few times, a second
/// apart, as a tablet would; a connection the server drops is counted by the Closed handler.
/// </summary>
internal sealed class Tablet(int index, string code, Uri server, Fleet fleet, IReadOnlyList<Uri>? hall = null)
{
    private const int Attempts = 4;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private static readonly HashSet<string> Refusals =
        [ErrorCodes.Unauthenticated, ErrorCodes.CredentialUnknown, ErrorCodes.CredentialRevoked, ErrorCodes.DeputyNotCurrent, ErrorCodes.Forbidden];
    private volatile bool leaving;

    public int Index { get; } = index;
    public VenueConnection? Connection { get; private set; }

    /// <summary>In a hall of several servers: the tablet's connection, which moves between them.</summary>
    public HallConnection? Hall { get; private set; }

    /// <summary>In a hall: the index in its list of the server to sign in on first.</summary>
    public int FirstServer { get; set; }

    public bool IsConnected => Connection is not null || Hall is not null;

    /// <summary>The server the tablet is on (in a hall, the one it last signed in on), or null when not connected.</summary>
    public Uri? Server => Hall?.Server ?? (Connection is null ? null : server);

    /// <summary>What the server said at the last sign-in.</summary>
    public SittingState? State { get; private set; }

    public async Task<bool> ConnectAsync(string phase, bool signIn, CancellationToken cancellationToken)
    {
        if (hall is { Count: > 1 }) return await ConnectToHallAsync(phase, hall, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var connection = Wire(new VenueConnection(server, code));
            try
            {
                if (signIn) State = await connection.SignInAsync(cancellationToken);
                else await connection.StartAsync(cancellationToken);
                leaving = false;
                Connection = connection;
                return true;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                fleet.Errors.Add(phase, ex);
                await connection.DisposeAsync();
                // A refused credential stays refused; anything else (server full, a timeout) may pass next time.
                if (attempt == Attempts || ex is VenueException { Code: var code } && Refusals.Contains(code)) return false;
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    private async Task<bool> ConnectToHallAsync(string phase, IReadOnlyList<Uri> servers, CancellationToken cancellationToken)
    {
        var connection = new HallConnection(servers, code, FirstServer);
        connection.AttendanceReceived += _ => fleet.CountAttendancePush();
        connection.BallotOpenedReceived += ballot => fleet.Opened.Arrive(ballot.Id);
        connection.BallotClosedReceived += result => fleet.Closed.Arrive(result.BallotId);
        connection.Moved += to => fleet.TabletMoved(this, to);
        connection.Lost += from => fleet.Dropped(from, null, moving: true);
        try
        {
            // The hall connection itself goes round the servers, with a short back-off, until one signs it in.
            State = await connection.SignInAsync(cancellationToken);
            Hall = connection;
            fleet.SignedIn(connection.Server);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            fleet.Errors.Add(phase, ex);
            await connection.DisposeAsync();
            return false;
        }
    }

    public Task<CastReceipt> CastAsync(CastRequest request) =>
        Hall?.CastAsync(request) ?? Connection?.CastAsync(request)
        ?? Task.FromException<CastReceipt>(new InvalidOperationException("not connected"));

    /// <summary>Closes the connection from this side (a tablet switched off, a Wi-Fi drop).</summary>
    public async Task LeaveAsync()
    {
        leaving = true;
        if (Connection is { } connection) await connection.DisposeAsync();
        if (Hall is { } hallConnection) await hallConnection.DisposeAsync();
        Connection = null;
        Hall = null;
    }

    private VenueConnection Wire(VenueConnection connection)
    {
        connection.BallotOpenedReceived += ballot => fleet.Opened.Arrive(ballot.Id);
        connection.BallotClosedReceived += result => fleet.Closed.Arrive(result.BallotId);
        connection.AttendanceReceived += _ => fleet.CountAttendancePush();
        connection.Hub.Closed += error =>
        {
            if (!leaving && ReferenceEquals(connection, Connection)) fleet.Dropped(server, error);
            return Task.CompletedTask;
        };
        return connection;
    }
}
