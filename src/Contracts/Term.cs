namespace PeoplesCongress.Contracts;

/// <summary>
/// A term of office (届), e.g. 「商州区第十八届人民代表大会」, with the deadlines of the suggestion cycle as its settings
/// (RULES.md "Between sittings"): the answer within <paramref name="AnswerMonths"/> months of assignment (3 by
/// default), <paramref name="DifficultAnswerMonths"/> for broad or difficult ones (6), <paramref name="RehandleMonths"/>
/// for 重新办理 after 不满意 (1), and reminders <paramref name="ReminderDays"/> days before a deadline (15); and the
/// 差额 rule of its 民生实事 candidate lists ("民生实事: the whole cycle"): at least <paramref name="ExtraCandidates"/>
/// more candidates than places (1), and, when not 0, at least <paramref name="CandidatePercent"/> % of the places.
/// </summary>
public sealed record CreateTermRequest(
    string Name, int? AnswerMonths = null, int? DifficultAnswerMonths = null, int? RehandleMonths = null, int? ReminderDays = null,
    int? ExtraCandidates = null, int? CandidatePercent = null);

/// <summary>A term and its settings; <paramref name="CollectingYear"/> is the year the public form gathers projects for, if open.</summary>
public sealed record TermView(
    int Id, string Name, int AnswerMonths, int DifficultAnswerMonths, int RehandleMonths, int ReminderDays,
    int ExtraCandidates = 1, int CandidatePercent = 0, int? CollectingYear = null);

/// <summary>The term's register (代表名册) as imported: deputies and the stations (代表联络站) they were grouped into.</summary>
public sealed record TermRegisterImported(int Deputies, int Stations);

/// <summary>A deputy of the term; <paramref name="HasPersonalCredential"/> when a personal (闭会期间) credential is valid.</summary>
public sealed record TermDeputyView(int Id, string Number, string Name, string Station, DeputyStatus Status, bool HasPersonalCredential);

public sealed record StationView(int Id, string Name, int Deputies);

public sealed record CreateDepartmentRequest(string Name);

/// <summary>A department (承办单位) that answers suggestions and carries out projects.</summary>
public sealed record DepartmentView(int Id, string Name, bool HasCredential);
