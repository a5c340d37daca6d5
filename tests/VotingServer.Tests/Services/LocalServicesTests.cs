using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.Versioning;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Services;

/// <summary>
/// scripts/services.sh starts a real PostgreSQL and a real Redis on loopback, checked here through their own
/// command-line clients (psql, redis-cli), and stops them leaving nothing behind.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class LocalServicesTests
{
    [Fact]
    public async Task PostgresAndRedisStartOnLoopbackAnswerTheirClientsAndAreGoneAfterDispose()
    {
        var services = await LocalServices.StartAsync();
        string folder = services.Folder;
        var pg = services.PostgresValues();
        int pgPort = int.Parse(pg["Port"]);
        try
        {
            Assert.Equal("127.0.0.1", pg["Host"]);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));

            // psql with the values of the connection string, over TCP with the role's password.
            var conninfo = $"host={pg["Host"]} port={pg["Port"]} dbname={pg["Database"]} user={pg["Username"]} password={pg["Password"]}";
            Assert.Equal("on", await PsqlAsync(conninfo, "SHOW synchronous_commit"));
            Assert.Equal("on", await PsqlAsync(conninfo, "SHOW fsync"));
            Assert.Equal("127.0.0.1", await PsqlAsync(conninfo, "SHOW listen_addresses"));
            Assert.Equal(pg["Username"], await PsqlAsync(conninfo, "SELECT current_user"));
            Assert.Equal(pg["Database"], await PsqlAsync(conninfo, "SELECT current_database()"));
            Assert.Equal("127.0.0.1", await PsqlAsync(conninfo, "SELECT host(inet_server_addr())"));
            // A wrong password is refused: the role's password is what lets one in.
            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                PsqlAsync($"host={pg["Host"]} port={pg["Port"]} dbname={pg["Database"]} user={pg["Username"]} password=wrong", "SELECT 1"));

            var (redisHost, redisPort, redisPassword) = RedisEndpoint(services.RedisConnection);
            Assert.Equal("127.0.0.1", redisHost);
            // A password is asked for, and nothing is ever written to disk (no snapshots, no append-only file).
            Assert.StartsWith("NOAUTH", await RedisAsync(redisPort, null, "PING"));
            Assert.Equal("PONG", await RedisAsync(redisPort, redisPassword, "PING"));
            var value = Guid.NewGuid().ToString("N");
            Assert.Equal("OK", await RedisAsync(redisPort, redisPassword, "SET", "local-services-test", value));
            Assert.Equal(value, await RedisAsync(redisPort, redisPassword, "GET", "local-services-test"));
            Assert.Equal("save", await RedisAsync(redisPort, redisPassword, "CONFIG", "GET", "save"));
            Assert.Equal("appendonly\nno", await RedisAsync(redisPort, redisPassword, "CONFIG", "GET", "appendonly"));
            Assert.Equal("bind\n127.0.0.1", await RedisAsync(redisPort, redisPassword, "CONFIG", "GET", "bind"));

            // Listening on loopback only: the sockets the kernel lists for the two ports are on 127.0.0.1 alone.
            var listening = await Programs.RunAsync("ss", "-Htln");
            Assert.Equal(["127.0.0.1"], ListenAddresses(listening, pgPort));
            Assert.Equal(["127.0.0.1"], ListenAddresses(listening, redisPort));

            await services.DisposeAsync();

            Assert.False(Directory.Exists(folder));
            await RefusedWithinTimeoutAsync(pgPort);
            await RefusedWithinTimeoutAsync(redisPort);
            // Stopping again is harmless.
            Assert.Contains("nothing to stop", await Programs.RunAsync("bash", LocalServices.Script, "stop", folder));
        }
        finally
        {
            await services.DisposeAsync();
        }
    }

    [Fact]
    public async Task WithAStandbyACommitIsOnTheStandbyBeforeItReturnsAndSurvivesThePrimarysCrashAndAPromotion()
    {
        await using var services = await LocalServices.StartAsync(standby: true);
        var pg = services.PostgresValues();
        string On(int? port) => $"host=127.0.0.1 port={port} dbname={pg["Database"]} user={pg["Username"]} password={pg["Password"]}";
        var (primary, standby) = (On(services.PrimaryPort), On(services.StandbyPort));
        Assert.Contains($"127.0.0.1:{services.PrimaryPort},127.0.0.1:{services.StandbyPort}", services.PostgresConnection);
        Assert.Contains("Target Session Attributes=primary", services.PostgresConnection);

        // The standby streams and is synchronous: a commit returns only once the standby has flushed it.
        Assert.Equal("on", await PsqlAsync(primary, "SHOW synchronous_commit"));
        Assert.Equal("standby", await PsqlAsync(primary, "SHOW synchronous_standby_names"));
        Assert.Equal("t", await PsqlAsync(standby, "SELECT pg_is_in_recovery()"));
        await PsqlAsync(primary, "CREATE TABLE acked (n integer); INSERT INTO acked SELECT generate_series(1, 500)");

        await services.KillPrimaryAsync();
        await RefusedWithinTimeoutAsync(services.PrimaryPort!.Value);
        await services.PromoteStandbyAsync();

        Assert.Equal("f", await PsqlAsync(standby, "SELECT pg_is_in_recovery()"));
        Assert.Equal("500", await PsqlAsync(standby, "SELECT count(*) FROM acked"));
        // The promoted standby takes writes, and waits for no standby of its own.
        await PsqlAsync(standby, "INSERT INTO acked VALUES (501)");
        Assert.Equal("501", await PsqlAsync(standby, "SELECT count(*) FROM acked"));
    }

    private static async Task<string> PsqlAsync(string conninfo, string sql) =>
        (await Programs.RunAsync("psql", "-X", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-d", conninfo, "-c", sql)).Trim();

    private static async Task<string> RedisAsync(int port, string? password, params string[] command) =>
        (await Programs.RunAsync("redis-cli", [
            "-h", "127.0.0.1", "-p", port.ToString(), .. password is null ? Array.Empty<string>() : ["--no-auth-warning", "-a", password], .. command,
        ])).Trim();

    /// <summary>Host, port and password of a StackExchange.Redis configuration "host:port,password=…".</summary>
    private static (string Host, int Port, string Password) RedisEndpoint(string configuration)
    {
        var parts = configuration.Split(',');
        var colon = parts[0].LastIndexOf(':');
        var password = parts.Single(p => p.StartsWith("password=", StringComparison.Ordinal))["password=".Length..];
        return (parts[0][..colon], int.Parse(parts[0][(colon + 1)..]), password);
    }

    /// <summary>The local addresses with a listening TCP socket on <paramref name="port"/>, from <c>ss -Htln</c>.</summary>
    private static List<string> ListenAddresses(string ss, int port) =>
        ss.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3])
            .Where(local => local.EndsWith($":{port}"))
            .Select(local => local[..local.LastIndexOf(':')])
            .Distinct()
            .ToList();

    private static async Task RefusedWithinTimeoutAsync(int port)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync("127.0.0.1", port);
            }
            catch (SocketException refused) when (refused.SocketErrorCode == SocketError.ConnectionRefused)
            {
                return;
            }
            Assert.True(clock.Elapsed < Waiting.Timeout, $"127.0.0.1:{port} still accepts connections after {Waiting.Timeout}");
            await Task.Delay(50);
        }
    }
}
