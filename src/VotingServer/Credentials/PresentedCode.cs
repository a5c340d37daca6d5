namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>
/// The credential code the current request was authenticated with (normalized), for the few acts that need the card
/// itself rather than who holds it: a scrutineer's signature and unsealing a box (<see cref="CredentialKeys"/>).
/// </summary>
public static class PresentedCode
{
    internal const string Item = "pc:presented-code";

    public static string From(HttpContext http) =>
        http.Items[Item] as string ?? throw new InvalidOperationException("The request was not authenticated with a credential code.");
}
