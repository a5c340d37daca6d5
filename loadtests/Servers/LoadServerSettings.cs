namespace PeoplesCongress.LoadTests;

/// <summary>
/// Settings every venue server under load gets: all simulated tablets connect from 127.0.0.1, where in the hall each
/// has its own address, so the per-address caps are lifted (the per-credential caps stay).
/// </summary>
internal static class LoadServerSettings
{
    public static readonly string[] OneAddress =
    [
        "--Connections:MaxConnectionsPerAddress=2147483647", "--Connections:MaxHubConnectionsPerAddress=2147483647",
    ];
}
