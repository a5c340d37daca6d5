namespace PeoplesCongress.VotingServer.Cluster;

/// <summary>
/// The Redis that the servers of one hall share (`Redis:Connection`, a StackExchange.Redis configuration such as
/// <c>127.0.0.1:6390</c>). Empty: this server runs alone, with no backplane and no key exchange.
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Redis";

    /// <summary>Every channel this product uses starts with it, so one Redis may serve other things too.</summary>
    public const string ChannelPrefix = "peoplescongress";

    public string Connection { get; set; } = "";

    public bool Enabled => !string.IsNullOrWhiteSpace(Connection);
}
