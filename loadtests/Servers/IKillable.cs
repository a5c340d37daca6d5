namespace PeoplesCongress.LoadTests;

/// <summary>A server whose process the failover scenario can kill with SIGKILL.</summary>
internal interface IKillable
{
    Task KillAsync();
}
