namespace PeoplesCongress.LoadTests;

/// <summary>A server the tablets are driven against: the venue server, or the bare path it is compared with.</summary>
internal interface IServerUnderTest : IAsyncDisposable
{
    /// <summary>For the report: what runs where, e.g. "VotingServer, child process 4711".</summary>
    string Description { get; }

    Uri Url { get; }

    /// <summary>The secretariat credential to set sittings up with (the venue server only).</summary>
    string? SecretariatCode { get; }

    ProcessStats Stats { get; }

    /// <summary>Why the server's process ended while it should have been running, or null.</summary>
    string? Failure { get; }

    /// <summary>Errors the server has written to its log files so far, where the tool can read them.</summary>
    int? ErrorsLogged { get; }
}
