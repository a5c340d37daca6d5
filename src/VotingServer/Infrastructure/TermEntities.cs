namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// A term of office (届): it outlives its sittings and holds what happens between them. The deadlines of the
/// suggestion cycle are its settings (RULES.md "Between sittings").
/// </summary>
public sealed class Term
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int AnswerMonths { get; set; } = 3;
    public int DifficultAnswerMonths { get; set; } = 6;
    public int RehandleMonths { get; set; } = 1;
    public int ReminderDays { get; set; } = 15;

    /// <summary>差额: a candidate list has at least this many candidates more than places (RULES.md "民生实事: the whole cycle").</summary>
    public int ExtraCandidates { get; set; } = 1;

    /// <summary>差额 as a ratio: at least this percentage of the places (0: not used; 120 for 120 %).</summary>
    public int CandidatePercent { get; set; }

    /// <summary>The year whose projects the public form is gathering now (征集); null while it is closed.</summary>
    public int? CollectingYear { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>代表联络站: where deputies meet constituents; deputies of a term are grouped into them.</summary>
public sealed class Station
{
    public int Id { get; set; }
    public int TermId { get; set; }
    public required string Name { get; set; }
}

/// <summary>A deputy of a term: one identity across the term's sittings.</summary>
public sealed class TermDeputy
{
    public int Id { get; set; }
    public int TermId { get; set; }
    public required string Number { get; set; }
    public required string Name { get; set; }
    public int? StationId { get; set; }
    public Contracts.DeputyStatus Status { get; set; }
}

/// <summary>承办单位: a department that answers suggestions and carries out projects; it has credentials of its own.</summary>
public sealed class Department
{
    public int Id { get; set; }
    public int TermId { get; set; }
    public required string Name { get; set; }
}

/// <summary>
/// A deputy's suggestion (代表建议). The deputy who made it is named: their rating of its handling is the one
/// exception to secrecy (RULES.md "Between sittings").
/// </summary>
public sealed class Suggestion
{
    public int Id { get; set; }
    public int TermId { get; set; }
    public required string Number { get; set; }
    public required string Title { get; set; }
    public required string Content { get; set; }
    public int TermDeputyId { get; set; }
    public int? StationId { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public int? LeadDepartmentId { get; set; }
    public bool Difficult { get; set; }
    public List<SuggestionSigner> CoSigners { get; set; } = [];
    public List<SuggestionCoDepartment> CoDepartments { get; set; } = [];
    public List<SuggestionRound> Rounds { get; set; } = [];
}

/// <summary>A deputy who signed the suggestion with its author (联名).</summary>
public sealed class SuggestionSigner
{
    public int SuggestionId { get; set; }
    public int TermDeputyId { get; set; }
}

/// <summary>A department that handles the suggestion with the lead department (会办单位).</summary>
public sealed class SuggestionCoDepartment
{
    public int SuggestionId { get; set; }
    public int DepartmentId { get; set; }
}

/// <summary>
/// One round of handling: round 1 from the assignment (交办), round 2 the 重新办理 after a 不满意. The answer and the
/// rating are written once each; a round is never changed after it is rated.
/// </summary>
public sealed class SuggestionRound
{
    public int SuggestionId { get; set; }
    public int Round { get; set; }
    public DateOnly AssignedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public Contracts.AnswerClassCode? AnswerClass { get; set; }
    public string? Answer { get; set; }
    public string? AnsweredBy { get; set; }
    public DateOnly? RatedOn { get; set; }
    public Contracts.HandlingRatingCode? Rating { get; set; }
    public string? Comment { get; set; }
}
