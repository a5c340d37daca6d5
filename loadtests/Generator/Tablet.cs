using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// One simulated tablet: a real <see cref="VenueConnection"/> (one WebSocket, negotiation skipped) with its own
/// credential. Connecting is retried a few times, a second apart, as a tablet would; a connection the server
/// drops is counted by the Closed handler.
/// </summary>
internal sealed class Tablet(int index, string code, Uri server, Fleet fleet)
{
    private const int Attempts = 4;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private static readonly HashSet<string> Refusals =
        [ErrorCodes.Unauthenticated, ErrorCodes.CredentialUnknown, ErrorCodes.CredentialRevoked, ErrorCodes.DeputyNotCurrent, ErrorCodes.Forbidden];
    private volatile bool leaving;

    public int Index { get; } = index;
    public VenueConnection? Connection { get; private set; }

    /// <summary>What the server said at the last sign-in.</summary>
    public SittingState? State { get; private set; }

    public async Task<bool> ConnectAsync(string phase, bool signIn, CancellationToken cancellationToken)
    {
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

    public Task<CastReceipt> CastAsync(CastRequest request) =>
        Connection?.CastAsync(request) ?? Task.FromException<CastReceipt>(new InvalidOperationException("not connected"));

    /// <summary>Closes the connection from this side (a tablet switched off, a Wi-Fi drop).</summary>
    public async Task LeaveAsync()
    {
        leaving = true;
        if (Connection is { } connection) await connection.DisposeAsync();
        Connection = null;
    }

    private VenueConnection Wire(VenueConnection connection)
    {
        connection.BallotOpenedReceived += ballot => fleet.Arrived(fleet.Opened, ballot.Id);
        connection.BallotClosedReceived += result => fleet.Arrived(fleet.Closed, result.BallotId);
        connection.AttendanceReceived += _ => fleet.CountAttendancePush();
        connection.Hub.Closed += error =>
        {
            if (!leaving && ReferenceEquals(connection, Connection)) fleet.Dropped(error);
            return Task.CompletedTask;
        };
        return connection;
    }
}
