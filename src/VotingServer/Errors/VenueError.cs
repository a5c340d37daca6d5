namespace PeoplesCongress.VotingServer.Errors;

/// <summary>
/// The one error type of the server: a stable code for programs, a Chinese message for people, and the HTTP
/// status it maps to. <see cref="ErrorResponses"/> turns it into a ProblemDetails or a hub error.
/// </summary>
public sealed class VenueError(string code, string message, int status, object? details = null) : Exception(message)
{
    public string Code { get; } = code;
    public int Status { get; } = status;

    /// <summary>Extra machine-readable detail, such as the row errors of a roster file.</summary>
    public object? Details { get; } = details;
}
