namespace PeoplesCongress.VotingServer.Tests.Attacks;

/// <summary>The kinds of caller an attacker can present, from no credential at all to a designated scrutineer.</summary>
public enum CallerKind
{
    NoCredential,
    BadCode,
    RevokedCode,
    Deputy,
    DeputyOfAnotherSitting,
    Viewer,
    ViewerOfAnotherSitting,
    Presidium,
    Secretariat,
    Scrutineer,
    DesignatedScrutineer,
    TermDeputy,
    Department,
}
