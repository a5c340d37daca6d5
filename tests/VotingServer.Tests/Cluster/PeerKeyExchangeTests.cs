using System.Collections.Concurrent;
using System.Security.Cryptography;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Records;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Cluster;
using PeoplesCongress.VotingServer.Sealing;
using StackExchange.Redis;

namespace PeoplesCongress.VotingServer.Tests.Cluster;

/// <summary>
/// Two servers of one hall over one Redis (here both on one database file): the box key of a ballot opened on one is
/// handed to the other's memory, so the other closes and counts it after the first has gone, with no scrutineer
/// unsealing; a server that cannot sign its hello with the hall's key is handed nothing; a push made on one server
/// reaches a tablet connected to the other.
/// </summary>
public sealed class PeerKeyExchangeTests
{
    [Fact]
    public async Task TheOtherServerHoldsTheBoxKeyAndCountsTheBallotAfterTheOpeningServerHasGone()
    {
        await using var services = await LocalServices.StartAsync();
        var redis = $"--Redis:Connection={services.RedisConnection}";
        await using var first = await TestVenue.StartAsync(redis);
        var secretariatCode = first.BootstrapCode!;
        var sitting = await SignedInSitting.CreateAsync(first, deputies: 6, signedIn: 5);
        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 3; d++) await sitting.MarkAsync(d, ballot, 0, d + 1);

        await using var second = await TestVenue.RestartOnAsync(first.DataDirectory, redis);
        await HeldAsync(second.Service<BoxKeys>(), ballot.Id);
        // A deputy who had not signed in yet does so on the second server and casts there.
        var lateCode = sitting.Setup.Codes[PreparedSitting.Number(5)];
        await using (var tablet = await second.SignInAsync(lateCode))
        {
            await tablet.CastAsync(new CastRequest(ballot.Id, [ballot.Items[0].Id], VenueConnection.NewCastId()));
        }
        await sitting.DisposeAsync();
        await first.StopAsync();

        var presidium = second.Api((await second.Api(secretariatCode).IssueStaffCredentialAsync(Contracts.Role.Presidium, "执行主席")).Code);
        var result = await presidium.CloseBallotAsync(ballot.Id);
        Assert.Equal((6, 4), (result.Issued, result.Returned));
        Assert.Equal([4, 1, 1, 1, 0], result.Items.Select(i => i.Votes));
        Assert.False(second.Service<BoxKeys>().Holds(ballot.Id));
    }

    [Fact]
    public async Task AHelloNotSignedWithTheHallsKeyIsHandedNoBoxKey()
    {
        await using var services = await LocalServices.StartAsync();
        var redis = $"--Redis:Connection={services.RedisConnection}";
        await using var first = await TestVenue.StartAsync(redis);
        await using var sitting = await SignedInSitting.CreateAsync(first, deputies: 3);
        await sitting.Presidium.OpenBallotAsync(sitting.Setup.Ballot.Id);

        await using var listener = await ConnectionMultiplexer.ConnectAsync(services.RedisConnection);
        var heard = new ConcurrentQueue<PeerMessage>();
        (await listener.GetSubscriber().SubscribeAsync(RedisChannel.Literal(ClusterOptions.ChannelPrefix + ":box-keys")))
            .OnMessage(m => heard.Enqueue(PeerMessage.Parse(m.Message)!));
        // Another server's exchange key, signed with a key that is not the hall's.
        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var exchange = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var forgedKey = Convert.ToBase64String(exchange.ExportSubjectPublicKeyInfo());
        await listener.GetSubscriber().PublishAsync(RedisChannel.Literal(ClusterOptions.ChannelPrefix + ":box-keys"), new PeerMessage(
            PeerMessage.Hello, "forged", ExchangeKey: forgedKey,
            Signature: RecordSignatures.Sign(forger, PeerMessage.HelloText("forged", forgedKey))).ToJson());

        // A real second server joins after it: the first answers in order, so by the time the second holds the key,
        // the forged hello has been dealt with.
        await using var second = await TestVenue.RestartOnAsync(first.DataDirectory, redis);
        await HeldAsync(second.Service<BoxKeys>(), sitting.Setup.Ballot.Id);
        var instance = second.Service<PeerKeyExchange>().Instance;
        Assert.Contains(heard, m => m.Type == PeerMessage.Key && m.To == instance);
        Assert.DoesNotContain(heard, m => m.Type == PeerMessage.Key && m.To == "forged");
        Assert.DoesNotContain("forged", first.Service<PeerKeyExchange>().Peers);
        Assert.Contains(instance, first.Service<PeerKeyExchange>().Peers);
    }

    [Fact]
    public async Task ABallotOpenedOnOneServerIsPushedToATabletOnTheOther()
    {
        await using var services = await LocalServices.StartAsync();
        var redis = $"--Redis:Connection={services.RedisConnection}";
        await using var first = await TestVenue.StartAsync(redis);
        var setup = await PreparedSitting.CreateAsync(first, first.BootstrapCode!, deputies: 3);
        await using var second = await TestVenue.RestartOnAsync(first.DataDirectory, redis);
        var tablets = new List<VenueConnection>();
        foreach (var code in setup.Codes.Values) tablets.Add(await second.SignInAsync(code));
        try
        {
            var opened = Waiting.Next<BallotView>(h => tablets[0].BallotOpenedReceived += h);
            await setup.Presidium.OpenBallotAsync(setup.Ballot.Id);
            Assert.Equal(setup.Ballot.Id, (await opened).Id);
        }
        finally
        {
            foreach (var tablet in tablets) await tablet.DisposeAsync();
        }
    }

    /// <summary>Completes once <paramref name="keys"/> holds the ballot's key (at once if it already does).</summary>
    private static async Task HeldAsync(BoxKeys keys, int ballotId)
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Added(int id)
        {
            if (id == ballotId) held.TrySetResult();
        }
        keys.Added += Added;
        try
        {
            if (keys.Holds(ballotId)) held.TrySetResult();
            await held.Task.WaitAsync(Waiting.Timeout);
        }
        finally
        {
            keys.Added -= Added;
        }
    }
}
