namespace PeoplesCongress.VoterClient;

/// <summary>An error the venue server reported: its stable code and the Chinese message to show.</summary>
public sealed class VenueException(string code, string message, int? httpStatus = null, IReadOnlyList<Contracts.RosterRowError>? rowErrors = null)
    : Exception(message)
{
    public string Code { get; } = code;
    public int? HttpStatus { get; } = httpStatus;

    /// <summary>For a refused roster file: each bad row and what is wrong with it.</summary>
    public IReadOnlyList<Contracts.RosterRowError> RowErrors { get; } = rowErrors ?? [];
}
