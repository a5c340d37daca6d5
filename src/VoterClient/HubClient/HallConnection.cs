using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VoterClient;

/// <summary>
/// A deputy's tablet in a hall of several venue servers (GET /api/servers): one <see cref="VenueConnection"/> at a
/// time, and on a lost connection a move to the next server of the list (round robin, a short back-off after each
/// full round, given up after <see cref="GiveUpAfter"/>), signing in again there. A cast whose answer was lost is
/// sent again, unchanged, with its same cast id on the next server, which answers a cast it already holds with the
/// same receipt (duplicate=true): <see cref="CastAsync"/> returns only a receipt a server gave. A cast refused with
/// internal-error (the server could not write it) is sent again the same way after a short pause.
/// </summary>
public sealed class HallConnection : IAsyncDisposable
{
    private readonly IReadOnlyList<Uri> servers;
    private readonly string credentialCode;
    private readonly VenueTrust? trust;
    private readonly Action<IHubConnectionBuilder>? configure;
    private readonly Lock gate = new();
    private Task<VenueConnection> ready = Task.FromException<VenueConnection>(new InvalidOperationException("Not signed in."));
    private VenueConnection? current;
    private int index;
    private bool disposed;

    /// <summary>
    /// A tablet for the hall's <paramref name="servers"/>; it signs in first on the one at <paramref name="first"/>
    /// (a load spread over the servers gives each tablet its own).
    /// </summary>
    public HallConnection(
        IReadOnlyList<Uri> servers, string credentialCode, int first = 0, VenueTrust? trust = null,
        Action<IHubConnectionBuilder>? configure = null)
    {
        if (servers.Count == 0) throw new ArgumentException("At least one server.", nameof(servers));
        this.servers = servers;
        this.credentialCode = credentialCode;
        this.trust = trust;
        this.configure = configure;
        index = first % servers.Count;
    }

    /// <summary>How long a move may take in all before the tablet gives up (its pending casts then fail).</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The server the tablet is on, or was last on while it moves.</summary>
    public Uri Server => servers[Volatile.Read(ref index)];

    /// <summary>The tablet signed in again on another server (its URL) after losing its connection.</summary>
    public event Action<Uri>? Moved;

    /// <summary>The tablet lost its server and starts to move.</summary>
    public event Action<Uri>? Lost;

    public event Action<AttendanceView>? AttendanceReceived;
    public event Action<BallotView>? BallotOpenedReceived;
    public event Action<BallotResultView>? BallotClosedReceived;

    /// <summary>The state read at the last sign-in (the first, or after a move).</summary>
    public SittingState? State { get; private set; }

    /// <summary>Signs in on the first server, or the next that answers; returns the sitting's state.</summary>
    public async Task<SittingState> SignInAsync(CancellationToken cancellationToken = default)
    {
        lock (gate) ready = ConnectAsync(Volatile.Read(ref index), moved: false, cancellationToken);
        await ready;
        return State!;
    }

    /// <summary>
    /// Casts, and if the connection is lost before the answer, sends the same request again on the server the tablet
    /// moves to. Throws the server's refusal as <see cref="VenueException"/>, or the failure to reach any server.
    /// </summary>
    public async Task<CastReceipt> CastAsync(CastRequest request)
    {
        var failing = System.Diagnostics.Stopwatch.StartNew();
        for (var failures = 0; ; )
        {
            var connection = await ReadyAsync();
            try
            {
                return await connection.CastAsync(request);
            }
            catch (VenueException ex) when (ex.Code == ErrorCodes.Internal && failing.Elapsed < GiveUpAfter)
            {
                // The server could not write (its database failing over, or it shutting down): nothing was recorded
                // that a resend would duplicate, so the same request goes again after a short, growing pause.
                failures++;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(100 * Math.Pow(2, failures - 1), 2000) * (0.5 + Random.Shared.NextDouble() / 2)));
            }
            catch (Exception ex) when (ex is not VenueException and not HubException)
            {
                LostOn(connection);
            }
        }
    }

    public async Task<SittingState> GetStateAsync() => await (await ReadyAsync()).GetStateAsync();

    private Task<VenueConnection> ReadyAsync()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return ready;
        }
    }

    private void LostOn(VenueConnection connection)
    {
        lock (gate)
        {
            if (disposed || current != connection) return;
            current = null;
            var next = (Volatile.Read(ref index) + 1) % servers.Count;
            ready = Task.Run(() => ConnectAsync(next, moved: true, CancellationToken.None));
        }
        Lost?.Invoke(Server);
        _ = connection.DisposeAsync().AsTask();
    }

    /// <summary>Tries the servers in turn from <paramref name="start"/> until one signs the tablet in.</summary>
    private async Task<VenueConnection> ConnectAsync(int start, bool moved, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            var at = (start + attempt) % servers.Count;
            var connection = new VenueConnection(servers[at], credentialCode, configure, trust);
            try
            {
                var state = await connection.SignInAsync(cancellationToken);
                lock (gate)
                {
                    if (disposed) throw new ObjectDisposedException(nameof(HallConnection));
                    State = state;
                    current = connection;
                    Volatile.Write(ref index, at);
                }
                connection.AttendanceReceived += attendance => AttendanceReceived?.Invoke(attendance);
                connection.BallotOpenedReceived += ballot => BallotOpenedReceived?.Invoke(ballot);
                connection.BallotClosedReceived += result => BallotClosedReceived?.Invoke(result);
                connection.Hub.Closed += _ =>
                {
                    LostOn(connection);
                    return Task.CompletedTask;
                };
                // Closed before the handler was added: nothing would raise it again.
                if (connection.Hub.State != HubConnectionState.Connected) LostOn(connection);
                if (moved) Moved?.Invoke(servers[at]);
                return connection;
            }
            catch (Exception ex) when (ex is not VenueException && !cancellationToken.IsCancellationRequested && !disposed)
            {
                await connection.DisposeAsync();
                if (clock.Elapsed > GiveUpAfter) throw new TimeoutException($"No venue server answered within {GiveUpAfter}.", ex);
                // After each full round, a short pause that grows, spread so that a hall's tablets do not come at once.
                if ((attempt + 1) % servers.Count == 0)
                {
                    var round = (attempt + 1) / servers.Count;
                    var pause = Math.Min(200 * Math.Pow(2, round - 1), 2000) * (0.5 + Random.Shared.NextDouble() / 2);
                    await Task.Delay(TimeSpan.FromMilliseconds(pause), cancellationToken);
                }
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        VenueConnection? last;
        lock (gate)
        {
            disposed = true;
            last = current;
            current = null;
        }
        if (last is not null) await last.DisposeAsync();
    }
}
