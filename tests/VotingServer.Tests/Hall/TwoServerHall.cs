using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Tests.Attacks;

namespace PeoplesCongress.VotingServer.Tests.Hall;

/// <summary>
/// Two venue server processes of one hall for the failover tests: A starts at once, B when the test says (on a copy
/// of A's folder), both with the hall's two addresses in Venue:Servers; the tablets' hall connections; everything
/// stopped and deleted at the end.
/// </summary>
internal sealed class TwoServerHall(string dataA, IReadOnlyList<Uri> servers, string[] settings, ChildVenue a) : IAsyncDisposable
{
    private string? dataB;

    public string DataA { get; } = dataA;
    public IReadOnlyList<Uri> Servers { get; } = servers;
    public ChildVenue A { get; } = a;
    public ChildVenue? B { get; private set; }
    public List<HallConnection> Tablets { get; } = [];

    /// <summary>Starts A with <paramref name="storeSettings"/> (none: SQLite in A's folder) and the hall's addresses.</summary>
    public static async Task<TwoServerHall> StartAsync(params string[] storeSettings)
    {
        var dataA = Directory.CreateTempSubdirectory("pc-hall-a-").FullName;
        var (portA, portB) = (ChildVenue.FreePort(), ChildVenue.FreePort());
        Uri[] servers = [new($"http://127.0.0.1:{portA}/"), new($"http://127.0.0.1:{portB}/")];
        string[] settings = [.. storeSettings, $"--Venue:Servers:0={servers[0]}", $"--Venue:Servers:1={servers[1]}"];
        return new TwoServerHall(dataA, servers, settings, await ChildVenue.StartAsync(dataA, portA, settings));
    }

    /// <summary>Starts B on a copy of A's folder, sharing A's SQLite file unless the store is elsewhere.</summary>
    public async Task<ChildVenue> StartBAsync(bool shareSqliteFile = true)
    {
        dataB = SecondServerFolder.CreateFrom(DataA, shareSqliteFile);
        return B = await ChildVenue.StartAsync(dataB, Servers[1].Port, settings);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(Tablets.Select(t => t.DisposeAsync().AsTask()));
        await A.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
        Directory.Delete(DataA, recursive: true);
        if (dataB is not null) Directory.Delete(dataB, recursive: true);
    }
}
