using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VoterClient;

/// <summary>
/// The typed client of the venue hub. One WebSocket per tablet: negotiation is skipped, so a connection costs
/// the server one socket. Pushes arrive as events; hub errors surface as <see cref="VenueException"/>.
/// </summary>
public sealed class VenueConnection : IVenueClient, IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly Uri server;
    private readonly string credentialCode;
    private readonly VenueTrust? trust;
    private TaskCompletionSource<SittingState>? signedIn;

    /// <summary>A connection to <paramref name="server"/>; <paramref name="trust"/> if its certificate is the venue CA's.</summary>
    public VenueConnection(
        Uri server, string credentialCode, Action<IHubConnectionBuilder>? configure = null, VenueTrust? trust = null)
    {
        this.server = server;
        this.credentialCode = credentialCode;
        this.trust = trust;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(server, VenueHubProtocol.Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(credentialCode);
                if (trust is not null)
                {
                    options.WebSocketConfiguration = ws =>
                        ws.RemoteCertificateValidationCallback = (_, certificate, _, errors) => trust.Accepts(certificate, errors);
                }
            });
        configure?.Invoke(builder);
        connection = builder.Build();
        connection.On<SittingState>(nameof(SignedIn), SignedIn);
        connection.On<AttendanceView>(nameof(AttendanceChanged), AttendanceChanged);
        connection.On<BallotView>(nameof(BallotOpened), BallotOpened);
        connection.On<BallotResultView>(nameof(BallotClosed), BallotClosed);
        connection.On<BallotProgress>(nameof(ProgressChanged), ProgressChanged);
        connection.On<int>(nameof(ConfirmationsChanged), ConfirmationsChanged);
        connection.On<int>(nameof(AgendaChanged), AgendaChanged);
        connection.On<int>(nameof(CountRecordSigned), CountRecordSigned);
        // A refused credential fails StartAsync; a close after it (revoked meanwhile, the sign-in's write failed)
        // carries no error code, only the end of the wait.
        connection.Closed += error =>
        {
            // A refusal at connect (a personal credential the sitting does not accept) carries its code: surface it.
            signedIn?.TrySetException(error is HubException refused && HubErrorFormat.TryParse(refused.Message, out var code, out var message)
                ? new VenueException(code, message)
                : new InvalidOperationException("The server closed the connection before confirming the sign-in.", error));
            return Task.CompletedTask;
        };
    }

    public event Action<AttendanceView>? AttendanceReceived;
    public event Action<BallotView>? BallotOpenedReceived;
    public event Action<BallotResultView>? BallotClosedReceived;
    public event Action<BallotProgress>? ProgressReceived;

    /// <summary>Staff: an act was asked of the presidium, or decided.</summary>
    public event Action<int>? ConfirmationsChangedReceived;

    /// <summary>Staff: a ballot not yet opened was added, edited, removed or moved (the sitting's id).</summary>
    public event Action<int>? AgendaChangedReceived;

    /// <summary>Staff: a scrutineer signed a count record (the ballot's id).</summary>
    public event Action<int>? CountRecordSignedReceived;

    public HubConnection Hub => connection;

    /// <summary>
    /// Connects, which signs a deputy in. A refused credential comes back as the server's own error (asked of
    /// GET /api/me, since a refused WebSocket upgrade carries only its status code).
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await connection.StartAsync(cancellationToken);
        }
        catch (WebSocketException)
        {
            await VenueApiClient.Create(server, credentialCode, trust).MeAsync();
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => connection.StopAsync(cancellationToken);

    /// <summary>
    /// A deputy's tablet: connects and returns the state the server pushes once the sign-in is durable
    /// (<see cref="IVenueClient.SignedIn"/>). A connection the server closes before that fails it.
    /// </summary>
    public async Task<SittingState> SignInAsync(CancellationToken cancellationToken = default)
    {
        var state = signedIn = new TaskCompletionSource<SittingState>(TaskCreationOptions.RunContinuationsAsynchronously);
        await StartAsync(cancellationToken);
        return await state.Task.WaitAsync(cancellationToken);
    }

    public Task<SittingState> GetStateAsync() => Invoke<SittingState>(VenueHubProtocol.GetState);

    public Task<SittingState> WatchSittingAsync(int sittingId) => Invoke<SittingState>(VenueHubProtocol.WatchSitting, sittingId);

    public Task<CastReceipt> CastAsync(CastRequest request) => Invoke<CastReceipt>(VenueHubProtocol.Cast, request);

    /// <summary>A fresh cast id for <see cref="CastRequest.CastId"/>; keep it to resend the same ballot.</summary>
    public static string NewCastId() => Guid.NewGuid().ToString("N");

    private async Task<T> Invoke<T>(string method, params object?[] args)
    {
        try
        {
            return await connection.InvokeCoreAsync<T>(method, args);
        }
        catch (HubException ex) when (HubErrorFormat.TryParse(ex.Message, out var code, out var message))
        {
            throw new VenueException(code, message);
        }
    }

    public Task SignedIn(SittingState state)
    {
        signedIn?.TrySetResult(state);
        return Task.CompletedTask;
    }

    public Task AttendanceChanged(AttendanceView attendance) => Raise(AttendanceReceived, attendance);
    public Task BallotOpened(BallotView ballot) => Raise(BallotOpenedReceived, ballot);
    public Task BallotClosed(BallotResultView result) => Raise(BallotClosedReceived, result);
    public Task ProgressChanged(BallotProgress progress) => Raise(ProgressReceived, progress);

    public Task ConfirmationsChanged(int sittingId) => Raise(ConfirmationsChangedReceived, sittingId);

    public Task AgendaChanged(int sittingId) => Raise(AgendaChangedReceived, sittingId);

    public Task CountRecordSigned(int ballotId) => Raise(CountRecordSignedReceived, ballotId);

    private static Task Raise<T>(Action<T>? handler, T value)
    {
        handler?.Invoke(value);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
