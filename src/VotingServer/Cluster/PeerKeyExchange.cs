using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Records;
using PeoplesCongress.VotingServer.Certification;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Sealing;
using StackExchange.Redis;

namespace PeoplesCongress.VotingServer.Cluster;

/// <summary>
/// Keeps every open box's key in the memory of every server of the hall, so that any of them can close and count a
/// ballot, and a ballot opened on a server that then fails is counted by the other without a scrutineer unsealing it.
/// Each server process makes a one-off P-256 exchange key at start, kept in memory only, and announces its public half
/// on Redis, signed with the hall's server signing key. A server holding a box key wraps it (ECIES, as for the
/// scrutineers) for each announced server whose signature checks, and a server takes in a key only when its public
/// half is the one the store holds for an open ballot. Nothing is kept in Redis: the messages pass through its
/// publish/subscribe channel, and a wrap opens only with a key that dies with its process. docs/security.md tells
/// what this adds to the attack surface.
/// </summary>
public sealed partial class PeerKeyExchange(
    IOptions<ClusterOptions> options, BoxKeys keys, ServerSigningKey signing, IServiceScopeFactory scopes, TimeProvider clock,
    ILogger<PeerKeyExchange> logger)
    : BackgroundService
{
    /// <summary>How often a server says hello again; a server not heard from for three of these is forgotten.</summary>
    public static readonly TimeSpan HelloInterval = TimeSpan.FromSeconds(5);

    private static readonly RedisChannel Topic = RedisChannel.Literal(ClusterOptions.ChannelPrefix + ":box-keys");

    private readonly ECDiffieHellman exchange = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
    private readonly Channel<Func<ISubscriber, Task>> work = Channel.CreateUnbounded<Func<ISubscriber, Task>>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, Peer> peers = new(StringComparer.Ordinal);
    private ConnectionMultiplexer? redis;

    /// <summary>This server process's id on the channel (random per start).</summary>
    public string Instance { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();

    /// <summary>The other server processes whose hello checked, by instance id.</summary>
    public IReadOnlyCollection<string> Peers => [.. peers.Keys];

    private string ExchangeKey => Convert.ToBase64String(exchange.ExportSubjectPublicKeyInfo());

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var configuration = ConfigurationOptions.Parse(options.Value.Connection);
        configuration.AbortOnConnectFail = false;
        redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        var subscriber = redis.GetSubscriber();
        (await subscriber.SubscribeAsync(Topic)).OnMessage(message =>
        {
            if (PeerMessage.Parse(message.Message) is { } parsed && parsed.From != Instance) Post(s => ReceiveAsync(s, parsed));
        });
        keys.Added += ballotId => Post(s => ShareAsync(s, ballotId, peers.Values));
        keys.Destroyed += ballotId => Post(s => PublishAsync(s, new PeerMessage(PeerMessage.Closed, Instance, Ballot: ballotId)));
        using var ticks = new PeriodicTimer(HelloInterval, clock);
        var ticking = TickAsync(ticks, stoppingToken);
        Post(SayHelloAsync);
        await foreach (var step in work.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await step(subscriber);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStepFailed(ex);
            }
        }
        await ticking;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (redis is not null) await redis.CloseAsync();
    }

    public override void Dispose()
    {
        base.Dispose();
        redis?.Dispose();
        exchange.Dispose();
    }

    private void Post(Func<ISubscriber, Task> step) => work.Writer.TryWrite(step);

    private async Task TickAsync(PeriodicTimer ticks, CancellationToken stoppingToken)
    {
        try
        {
            while (await ticks.WaitForNextTickAsync(stoppingToken))
            {
                Post(SayHelloAsync);
                Post(_ => SweepAsync());
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private Task SayHelloAsync(ISubscriber subscriber)
    {
        var silent = clock.GetUtcNow() - 3 * HelloInterval;
        foreach (var (instance, peer) in peers)
        {
            if (peer.LastHeard < silent && peers.TryRemove(instance, out _)) LogPeerForgotten(instance);
        }
        var key = ExchangeKey;
        return PublishAsync(subscriber, new PeerMessage(
            PeerMessage.Hello, Instance, ExchangeKey: key, Signature: signing.Sign(PeerMessage.HelloText(Instance, key))));
    }

    private async Task ReceiveAsync(ISubscriber subscriber, PeerMessage message)
    {
        switch (message.Type)
        {
            case PeerMessage.Hello when message.ExchangeKey is { } key && message.Signature is { } signature:
                if (!RecordSignatures.Verify(signing.PublicKey, PeerMessage.HelloText(message.From, key), signature))
                {
                    LogHelloRefused(message.From);
                    return;
                }
                var known = peers.TryGetValue(message.From, out var before) && before.ExchangeKey == key;
                var peer = new Peer(message.From, key, clock.GetUtcNow());
                peers[message.From] = peer;
                if (known) return;
                LogPeerJoined(message.From);
                // A server just started: it learns of this one at once, and gets every key held here.
                await SayHelloAsync(subscriber);
                foreach (var ballotId in keys.Held) await ShareAsync(subscriber, ballotId, [peer]);
                return;
            case PeerMessage.Key when message.To == Instance:
                await TakeAsync(message);
                return;
            case PeerMessage.Closed:
                await SweepAsync(message.Ballot);
                return;
        }
    }

    private async Task ShareAsync(ISubscriber subscriber, int ballotId, IEnumerable<Peer> recipients)
    {
        if (keys.Find(ballotId) is not { } key) return;
        foreach (var peer in recipients.ToList())
        {
            byte[] ephemeral, wrapped;
            try
            {
                (ephemeral, wrapped) = BoxKeyWrapping.WrapForPeer(key, peer.ExchangeKey, ballotId, peer.Instance);
            }
            catch (ObjectDisposedException)
            {
                return; // counted meanwhile
            }
            await PublishAsync(subscriber, new PeerMessage(
                PeerMessage.Key, Instance, To: peer.Instance, Ballot: ballotId,
                EphemeralKey: Convert.ToBase64String(ephemeral), Wrapped: Convert.ToBase64String(wrapped)));
            LogKeyShared(ballotId, peer.Instance);
        }
    }

    private async Task TakeAsync(PeerMessage message)
    {
        if (keys.Holds(message.Ballot) || message.EphemeralKey is null || message.Wrapped is null) return;
        ECDiffieHellman key;
        try
        {
            key = BoxKeyWrapping.UnwrapFromPeer(
                exchange, Convert.FromBase64String(message.EphemeralKey), Convert.FromBase64String(message.Wrapped), message.Ballot, Instance);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            LogKeyRefused(message.Ballot, message.From);
            return;
        }
        var ballot = await ReadBallotAsync(message.Ballot);
        if (ballot is not { State: BallotState.Open, BoxPublicKey: { } expected } || BoxKeyWrapping.PublicKey(key) != expected)
        {
            key.Dispose();
            LogKeyRefused(message.Ballot, message.From);
            return;
        }
        keys.Add(message.Ballot, key);
        LogKeyTaken(message.Ballot, message.From);
    }

    /// <summary>Disposes of every key held here whose ballot is no longer open (or only <paramref name="ballotId"/>'s).</summary>
    private async Task SweepAsync(int? ballotId = null)
    {
        foreach (var id in ballotId is { } one ? [one] : keys.Held)
        {
            if (!keys.Holds(id)) continue;
            if (await ReadBallotAsync(id) is not { State: BallotState.Open }) keys.Destroy(id);
        }
    }

    private async Task<(BallotState State, string? BoxPublicKey)?> ReadBallotAsync(int ballotId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<VenueDbContext>().Ballots.AsNoTracking()
            .Where(b => b.Id == ballotId).Select(b => new { b.State, b.BoxPublicKey }).FirstOrDefaultAsync();
        return row is null ? null : (row.State, row.BoxPublicKey);
    }

    private static Task PublishAsync(ISubscriber subscriber, PeerMessage message) => subscriber.PublishAsync(Topic, message.ToJson());

    private sealed record Peer(string Instance, string ExchangeKey, DateTimeOffset LastHeard);

    [LoggerMessage(Level = LogLevel.Information, Message = "Server {Instance} of the hall joined the box key exchange")]
    private partial void LogPeerJoined(string instance);

    [LoggerMessage(Level = LogLevel.Information, Message = "Server {Instance} of the hall was not heard from and is forgotten")]
    private partial void LogPeerForgotten(string instance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A hello from {Instance} was not signed with this hall's server key; ignored")]
    private partial void LogHelloRefused(string instance);

    [LoggerMessage(Level = LogLevel.Information, Message = "The box key of ballot {BallotId} was handed to server {Instance}")]
    private partial void LogKeyShared(int ballotId, string instance);

    [LoggerMessage(Level = LogLevel.Information, Message = "The box key of ballot {BallotId} was taken in from server {Instance}")]
    private partial void LogKeyTaken(int ballotId, string instance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A box key for ballot {BallotId} from {Instance} did not open or is not that box's; refused")]
    private partial void LogKeyRefused(int ballotId, string instance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A step of the box key exchange failed")]
    private partial void LogStepFailed(Exception ex);
}
