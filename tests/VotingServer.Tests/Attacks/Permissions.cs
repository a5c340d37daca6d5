using PeoplesCongress.Contracts;
using static PeoplesCongress.VotingServer.Tests.Attacks.CallerKind;

namespace PeoplesCongress.VotingServer.Tests.Attacks;

/// <summary>
/// Who may call, as the endpoint catalogue words it, turned into the caller kinds it admits; and the refusal every
/// other kind must get. A "who" this does not know fails the test, so a new wording cannot pass unchecked.
/// </summary>
public static class Permissions
{
    private static readonly CallerKind[] Staff = [Presidium, Secretariat, Scrutineer, DesignatedScrutineer];
    private static readonly CallerKind[] Credentialed = [.. Enum.GetValues<CallerKind>().Except([NoCredential, BadCode, RevokedCode])];

    public static IReadOnlySet<CallerKind> Admitted(string? who) => who switch
    {
        null => Enum.GetValues<CallerKind>().ToHashSet(),
        "any credential" => Credentialed.ToHashSet(),
        "staff (presidium, secretariat, scrutineer)" => Staff.ToHashSet(),
        "secretariat" => [Secretariat],
        "presidium" => [Presidium],
        "scrutineer" => [Scrutineer, DesignatedScrutineer],
        "presidium or scrutineer" => [Presidium, Scrutineer, DesignatedScrutineer],
        "staff, or a deputy or viewer of the sitting" => [.. Staff, Deputy, Viewer],
        "staff, or the sitting's big screen (viewer)" => [.. Staff, Viewer],
        "staff, or a deputy or department of the term" => [.. Staff, TermDeputy, Department],
        "a deputy of the term" => [TermDeputy],
        "a department of the term" => [Department],
        "secretariat, or a deputy of the term" => [Secretariat, TermDeputy],
        "secretariat, or a department of the term" => [Secretariat, Department],
        _ => throw new InvalidOperationException($"The catalogue names callers the matrix does not know: \"{who}\"."),
    };

    /// <summary>The status and code a caller who is not admitted must get.</summary>
    public static (int Status, string Code) Refusal(CallerKind kind) => kind switch
    {
        NoCredential => (401, ErrorCodes.Unauthenticated),
        BadCode => (401, ErrorCodes.CredentialUnknown),
        RevokedCode => (401, ErrorCodes.CredentialRevoked),
        _ => (403, ErrorCodes.Forbidden),
    };
}
