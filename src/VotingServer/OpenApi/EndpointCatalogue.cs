using PeoplesCongress.Contracts;
using static PeoplesCongress.VotingServer.OpenApi.Refusal;

namespace PeoplesCongress.VotingServer.OpenApi;

/// <summary>
/// Every HTTP endpoint, keyed by method and route as the OpenAPI document names it, with its summary and errors.
/// Kept apart from the endpoint mappings so that the handlers stay short; a contract test fails when an endpoint has
/// no entry here or an entry has no endpoint.
/// </summary>
public static class EndpointCatalogue
{
    private const string Any = "any credential";
    private const string Staff = "staff (presidium, secretariat, scrutineer)";
    private const string Secretariat = "secretariat";
    private const string Presidium = "presidium";
    private const string Scrutineer = "scrutineer";
    private const string OfTheSitting = "staff, or a deputy or viewer of the sitting";
    private const string Watchers = "staff, or the sitting's big screen (viewer)";

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly Refusal BallotNotDraft = new(409, ErrorCodes.BallotNotDraft);
    private static readonly Refusal NeedsPresidium = new(409, ErrorCodes.ConfirmationRequired);
    private const string AuditReaders = "presidium or scrutineer";
    private const string OfTheTerm = "staff, or a deputy or department of the term";
    private const string TermDeputy = "a deputy of the term";
    private const string TermDepartment = "a department of the term";
    private const string SuggestionAuthors = "secretariat, or a deputy of the term";
    private const string Reminded = "secretariat, or a department of the term";
    private static readonly Refusal SuggestionState = new(409, ErrorCodes.SuggestionState);
    private static readonly Refusal ProjectState = new(409, ErrorCodes.ProjectState);
    private const string Inspectors = "secretariat, or a deputy of the term";

    public static readonly IReadOnlyDictionary<string, EndpointDoc> Entries = new Dictionary<string, EndpointDoc>
    {
        ["GET /api/me"] = new("Who the presented credential belongs to (role, name, deputy number, sitting)", Any),
        ["GET /api/me/counting-staff"] =
            new("The sittings the calling scrutineer (监票人) is designated for, and as what", Scrutineer),

        ["GET /api/sittings"] = new("List the sittings (会议)", Staff),
        ["POST /api/sittings"] = new("Create a sitting with its quorum (法定人数) fraction", Secretariat, UnreadableBody),
        ["GET /api/sittings/{sittingId}"] = new("One sitting", Staff, NotFound),
        ["PUT /api/sittings/{sittingId}/term"] = new(
            "Set the sitting's term (届) or take it away, matching the roster to the term's register by 代表证号; unmatched rows are named",
            Secretariat, [NotFound, new(409, ErrorCodes.SittingSettingsLocked), .. UnreadableBody]),
        ["PUT /api/sittings/{sittingId}/personal-credentials"] = new(
            "允许代表以个人代表证签到: turn on (only before the first ballot opens, with a term set) or off (any time)",
            Secretariat, [NotFound, Invalid, new(409, ErrorCodes.SittingSettingsLocked), .. UnreadableBody]),
        ["GET /api/sittings/{sittingId}/attendance"] =
            new("Attendance now: current deputies, on leave, signed in, quorum met or not", Staff, NotFound),

        ["GET /api/sittings/{sittingId}/roster"] =
            new("The roster (代表名册) with each deputy's status and credential", Staff, NotFound),
        ["PUT /api/sittings/{sittingId}/roster"] = new(
            "Import the roster from a CSV or XLSX file sent as the body; all rows or none", Secretariat,
            NotFound, Invalid, TooLarge, new(422, ErrorCodes.RosterInvalid), new(409, ErrorCodes.RosterLocked))
        {
            AcceptsFile = ["text/csv", Xlsx],
        },
        ["PUT /api/sittings/{sittingId}/deputies/{number}/leave"] =
            new("Record or withdraw a deputy's leave (请假)", Secretariat, [NotFound, .. UnreadableBody]),
        ["POST /api/sittings/{sittingId}/deputies/{number}/sign-in"] = new(
            "Sign a deputy in by hand (补签到) when their tablet failed; while a ballot they have not returned is open, only with the presidium's confirmation",
            Secretariat, NotFound, new(403, ErrorCodes.DeputyNotCurrent), NeedsPresidium),
        ["DELETE /api/sittings/{sittingId}/deputies/{number}/sign-in"] = new(
            "Take back a sign-in made by mistake (取消签到); refused once the deputy holds a ballot of an open ballot or has voted",
            Secretariat, NotFound, new(409, ErrorCodes.SignInNotUndoable)),

        ["POST /api/staff-credentials"] =
            new("Issue a staff credential (presidium, secretariat or scrutineer)", Secretariat, UnreadableBody),
        ["GET /api/staff-credentials"] = new("List the staff and viewer credentials, never their codes", Secretariat),
        ["DELETE /api/staff-credentials/{credentialId}"] = new(
            "Revoke a staff credential; the last secretariat credential cannot be revoked", Secretariat, NotFound, Invalid),
        ["POST /api/sittings/{sittingId}/credentials/sheet"] = new(
            "Issue fresh deputy credentials (revoking the old) and return the A4 credential sheet (代表证) as HTML",
            Secretariat, [NotFound, NeedsPresidium, .. UnreadableBody]) { Returns = "text/html" },
        ["POST /api/sittings/{sittingId}/viewer-links"] =
            new("Issue the big screen's (大屏) viewer link for a sitting", Secretariat, NotFound),
        ["POST /api/sittings/{sittingId}/deputies/{number}/credential"] =
            new("Reissue one deputy's credential (补发), revoking the old; while a ballot they have not returned is open, only with the presidium's confirmation",
                Secretariat, NotFound, NeedsPresidium),
        ["POST /api/sittings/{sittingId}/deputies/{number}/credential/qr"] = new(
            "Reissue one deputy's credential and return its QR code as PNG; the code is in the X-Credential-Code header",
            Secretariat, NotFound, NeedsPresidium) { Returns = "image/png" },
        ["DELETE /api/sittings/{sittingId}/deputies/{number}/credential"] =
            new("Revoke a deputy's credential", Secretariat, NotFound),

        ["GET /api/sittings/{sittingId}/ballots"] =
            new("The agenda (议程): the sitting's ballots of every state, in order", OfTheSitting, NotFound),
        ["POST /api/sittings/{sittingId}/ballots"] = new(
            "Add a ballot of any kind to the end of the agenda", Secretariat,
            [NotFound, new(400, ErrorCodes.NamedNotAllowed), Conflict, .. UnreadableBody]),
        ["GET /api/sittings/{sittingId}/ballots/progress"] = new(
            "How many issued ballots have been cast in each open ballot (counts, never who)", Watchers, NotFound),
        ["GET /api/ballots/{ballotId}"] = new("One ballot with its items and options", OfTheSitting, NotFound),
        ["PUT /api/ballots/{ballotId}"] = new(
            "Edit a ballot not yet opened (未开始): its whole definition, with the checks of a new one; not a later round",
            Secretariat, [NotFound, Invalid, BallotNotDraft, new(400, ErrorCodes.NamedNotAllowed), .. UnreadableBody]),
        ["DELETE /api/ballots/{ballotId}"] = new(
            "Remove a ballot not yet opened from the agenda; the ballots after it move up one place; not a later round",
            Secretariat, NotFound, Invalid, BallotNotDraft),
        ["POST /api/ballots/{ballotId}/move-up"] = new(
            "Swap a ballot not yet opened with the one above it, itself not yet opened", Secretariat, NotFound, Invalid, BallotNotDraft),
        ["POST /api/ballots/{ballotId}/move-down"] = new(
            "Swap a ballot not yet opened with the one below it, itself not yet opened", Secretariat, NotFound, Invalid, BallotNotDraft),
        ["GET /api/ballots/{ballotId}/result"] =
            new("The certified result of a closed ballot", OfTheSitting, NotFound, NotClosed),
        ["POST /api/ballots/{ballotId}/open"] = new(
            "Open a ballot (开始表决): every deputy signed in at this moment is issued a ballot; a secret ballot's box is sealed with a key wrapped for the sitting's scrutineers",
            Presidium, NotFound, BallotNotDraft, new(409, ErrorCodes.QuorumNotMet), new(409, ErrorCodes.NoScrutineerKeys)),
        ["POST /api/ballots/{ballotId}/close"] = new(
            "Close a ballot (结束表决), open its sealed box, count it and push the result", Presidium,
            NotFound, new(409, ErrorCodes.BallotNotOpen), new(409, ErrorCodes.BoxSealed)),
        ["POST /api/ballots/{ballotId}/unseal"] = new(
            "Unseal (启封) a box whose key the server lost in a restart, with a designated scrutineer's card", Scrutineer,
            NotFound, new(409, ErrorCodes.BallotNotOpen), new(403, ErrorCodes.UnsealRefused)),
        ["POST /api/ballots/{ballotId}/run-off"] = new(
            "Create the run-off (再次投票) among the projects tied at the last place", Presidium,
            NotFound, NotClosed, NoDecisionNeeded, Conflict),
        ["POST /api/ballots/{ballotId}/repeat"] =
            new("Create a repeat of a closed ballot (重新表决)", Presidium, NotFound, NotClosed, NoDecisionNeeded, Conflict),
        ["POST /api/ballots/{ballotId}/grade-decision"] = new(
            "Decide the grade of a target whose votes fell exactly on a threshold", Presidium,
            [NotFound, NotClosed, NoDecisionNeeded, Conflict, .. UnreadableBody]),
        ["POST /api/ballots/{ballotId}/decision"] = new(
            "Decide a shortfall (fewer projects passed than places): leave short, further ballot or carry over",
            Presidium, [NotFound, NotClosed, NoDecisionNeeded, Conflict, .. UnreadableBody]),

        ["GET /api/sittings/{sittingId}/counting-staff"] =
            new("The sitting's scrutineers (监票人) and tellers (计票人)", Staff, NotFound),
        ["POST /api/sittings/{sittingId}/counting-staff"] = new(
            "Designate a chief scrutineer, scrutineer or teller; scrutineers get a credential", Secretariat,
            [NotFound, Invalid, Conflict, .. UnreadableBody]),
        ["POST /api/sittings/{sittingId}/counting-staff/{staffId}/credential"] =
            new("Reissue a scrutineer's credential, with the presidium's confirmation", Secretariat, NotFound, Invalid, NeedsPresidium,
                new(409, ErrorCodes.BoxSealed)),
        ["DELETE /api/sittings/{sittingId}/counting-staff/{staffId}"] =
            new("Withdraw a designation, unless its holder has signed a count record", Secretariat, NotFound, Invalid,
                new(409, ErrorCodes.BoxSealed)),
        ["GET /api/ballots/{ballotId}/count-record"] = new(
            "The count record (计票记录) of a closed ballot: result, its SHA-256, signatures", Staff, NotFound, NotClosed),
        ["POST /api/ballots/{ballotId}/signatures"] = new(
            "Sign the count record (签字确认) as a designated scrutineer of its sitting, once, with the key derived from the card presented",
            Scrutineer, NotFound, NotClosed, new(409, ErrorCodes.AlreadySigned), new(409, ErrorCodes.SigningKeyNotRegistered), Conflict),
        ["GET /api/servers"] = new(
            "The hall's venue servers (Venue:Servers) in the order tablets try them, this server's own URL included", null),
        ["GET /api/server-key"] = new(
            "The venue server's public signing key (ECDSA P-256) and its fingerprint, which signs every notice", null),
        ["POST /api/ballots/{ballotId}/hand-count"] = new(
            "Close a ballot with the figures of a paper hand count (人工计票); over electronic ballots only with the presidium's confirmation",
            Secretariat, [NotFound, BallotNotDraft, NeedsPresidium, .. UnreadableBody]),

        ["POST /api/sittings/{sittingId}/confirmations"] = new(
            "Ask the presidium to confirm an act that needs two roles (a hand count over electronic ballots, a reissue, a sign-in by hand)",
            Secretariat, [NotFound, Invalid, new(409, ErrorCodes.AlreadyRequested), .. UnreadableBody]),
        ["GET /api/sittings/{sittingId}/confirmations"] =
            new("The acts asked for, confirmed, declined and done in a sitting", Staff, NotFound),
        ["POST /api/confirmations/{confirmationId}/confirm"] = new(
            "Confirm an act as the presidium, once", Presidium, [NotFound, new(409, ErrorCodes.AlreadyDecided), .. UnreadableBody]),
        ["POST /api/confirmations/{confirmationId}/decline"] = new(
            "Decline an act as the presidium, once", Presidium, [NotFound, new(409, ErrorCodes.AlreadyDecided), .. UnreadableBody]),
        ["GET /api/audit"] = new(
            "The audit record (操作记录), oldest first: 500 entries after a given id, or the latest N (at most 500)", AuditReaders),
        ["GET /api/audit/verify"] = new(
            "Walks the whole hash-chained audit record: how many entries, the head hash, and the first broken link if any",
            AuditReaders),
        ["GET /api/audit/export.xlsx"] = new("The whole audit record, or a sitting's, as a workbook", AuditReaders) { Returns = Xlsx },
        ["POST /api/ballots/{ballotId}/publish"] = new(
            "Publish the signed count record as the sitting's next notice (公告 第N号)", Secretariat,
            NotFound, NotClosed, new(409, ErrorCodes.SignaturesMissing), new(409, ErrorCodes.AlreadyPublished), Conflict),
        ["GET /api/ballots/{ballotId}/notice-preview"] = new(
            "The notice the signed count record would be published as now (its number and text), without publishing it",
            Secretariat, NotFound, NotClosed, new(409, ErrorCodes.SignaturesMissing), new(409, ErrorCodes.AlreadyPublished)),

        ["GET /api/sittings/{sittingId}/notices"] = new("The published notices of a sitting", null),
        ["GET /notices"] = new("The public page of published notices (HTML)", null) { Returns = "text/html" },
        ["GET /notices/{sittingId}/{number}.json"] =
            new("A published notice as JSON, exactly as published", null, NotFound) { Returns = "application/json" },
        ["GET /notices/{sittingId}/{number}.pdf"] = new(
            "A published notice as PDF, the bytes stored at publication, with their SHA-256 as ETag (304 on If-None-Match); "
            + "shown in the browser (inline) unless ?download=true",
            null, NotFound, StorageFull) { Returns = "application/pdf" },
        ["GET /notices/{sittingId}/{number}.xlsx"] = new(
            "A published notice as XLSX, the bytes stored at publication, with their SHA-256 as ETag (304 on If-None-Match)",
            null, NotFound, StorageFull) { Returns = Xlsx },
        ["GET /notices/{sittingId}/{number}.bundle.json"] = new(
            "A published notice's publication bundle for the offline verifier (docs/verification.md): the notice and count "
            + "record as signed, the signatures and keys, the box as published, the tracking codes and the ballot's audit chain",
            null, NotFound) { Returns = "application/json" },

        ["GET /api/terms"] = new("List the terms of office (届)", Staff),
        ["POST /api/terms"] = new(
            "Create a term with the deadlines of the suggestion cycle (answer, difficult answer, re-handling, in months) and the reminder days",
            Secretariat, UnreadableBody),
        ["GET /api/terms/{termId}"] = new("One term; a deputy or department sees only its own", OfTheTerm, NotFound),
        ["PUT /api/terms/{termId}/register"] = new(
            "Import the term's register (届代表名册) with each deputy's station (代表联络站), from a CSV or XLSX file sent as the body; "
            + "all rows or none; deputies no longer current lose their personal credential", Secretariat,
            NotFound, TooLarge, new(422, ErrorCodes.RosterInvalid))
        {
            AcceptsFile = ["text/csv", Xlsx],
        },
        ["GET /api/terms/{termId}/deputies"] = new("The term's deputies, their stations and whether they hold a personal credential", Staff, NotFound),
        ["GET /api/terms/{termId}/stations"] = new("The term's stations (代表联络站) and their numbers of deputies", Staff, NotFound),
        ["POST /api/terms/{termId}/deputies/{number}/credential"] = new(
            "Issue a deputy's personal credential for use between sittings (the old one is revoked); no sitting accepts it in the hall",
            Secretariat, NotFound),
        ["DELETE /api/terms/{termId}/deputies/{number}/credential"] =
            new("Revoke a deputy's personal credential", Secretariat, NotFound),
        ["GET /api/terms/{termId}/departments"] = new("The term's departments (承办单位)", OfTheTerm, NotFound),
        ["POST /api/terms/{termId}/departments"] = new("Add a department (承办单位) to the term", Secretariat, [NotFound, .. UnreadableBody]),
        ["POST /api/terms/{termId}/departments/{departmentId}/credential"] = new(
            "Issue a department's credential (the old one is revoked): it sees and answers only the suggestions assigned to it",
            Secretariat, NotFound),

        ["GET /api/terms/{termId}/suggestions"] = new(
            "The term's suggestions (代表建议) the caller may see: staff all, a deputy those they made or signed, a department those it handles",
            OfTheTerm, NotFound),
        ["POST /api/terms/{termId}/suggestions"] = new(
            "Submit a suggestion: a deputy their own, with co-signers; the secretariat on a deputy's behalf", SuggestionAuthors,
            [NotFound, new(403, ErrorCodes.DeputyNotCurrent), .. UnreadableBody]),
        ["PUT /api/terms/{termId}/suggestions"] = new(
            "Import suggestions from a CSV or XLSX file sent as the body, assigned when the file names a lead department; all rows or none",
            Secretariat, NotFound, TooLarge, new(422, ErrorCodes.SuggestionsInvalid))
        {
            AcceptsFile = ["text/csv", Xlsx],
        },
        ["GET /api/terms/{termId}/suggestions/{suggestionId}"] = new("One suggestion with its rounds of handling", OfTheTerm, NotFound),
        ["POST /api/terms/{termId}/suggestions/{suggestionId}/assignment"] = new(
            "Assign (交办) a suggestion to a lead department and co-departments, or change that before the first answer; "
            + "the deadline counts from the first assignment", Secretariat, [NotFound, SuggestionState, .. UnreadableBody]),
        ["POST /api/terms/{termId}/suggestions/{suggestionId}/answer"] = new(
            "The lead department's answer to the open round, with its class A, B or C", TermDepartment,
            [NotFound, SuggestionState, .. UnreadableBody]),
        ["POST /api/terms/{termId}/suggestions/{suggestionId}/rating"] = new(
            "The named rating (满意 / 基本满意 / 不满意) of the deputy who made the suggestion; 不满意 needs a reason and opens 重新办理",
            TermDeputy, [NotFound, SuggestionState, .. UnreadableBody]),
        ["GET /api/terms/{termId}/suggestions/figures"] = new(
            "The figures per department, per station and overall on a day (asOf, today by default): 按期办结率, A/B/C shares, "
            + "满意率, 满意及基本满意率, overdue and re-handled lists", Staff, [NotFound, Invalid]),
        ["GET /api/terms/{termId}/suggestions/reminders"] = new(
            "Open rounds due within the term's reminder days and those overdue; a department sees its own", Reminded, NotFound),
        ["GET /api/terms/{termId}/report.pdf"] = new(
            "The report on the handling of deputies' suggestions (代表建议办理情况报告) on a day (asOf, today by default) as an A4 PDF "
            + "in the official layout: the overall figures, a table per department and per station, the overdue and the re-handled",
            Staff, [NotFound, Invalid]) { Returns = "application/pdf" },
        ["GET /api/terms/{termId}/report.xlsx"] = new(
            "The same report as a workbook: sheet 概况 with its paragraphs, then a sheet per table with counts as numbers and rates as 0.00%",
            Staff, [NotFound, Invalid]) { Returns = Xlsx },

        ["GET /api/terms/{termId}/projects/report.pdf"] = new(
            "The report on a year's 民生实事 projects (year) on a day (asOf, today by default) as an A4 PDF in the official layout: "
            + "the year in a sentence, every project with its progress and grade, the figures per department, the late list",
            Staff, [NotFound, Invalid]) { Returns = "application/pdf" },
        ["GET /api/terms/{termId}/projects/report.xlsx"] = new(
            "The same report as a workbook: sheet 概况, then a sheet per table", Staff, [NotFound, Invalid]) { Returns = Xlsx },

        ["GET /api/terms/{termId}/proposals"] = new(
            "The proposed 民生实事 projects (征集) of a year (year) or all, with their screening; the proposers' telephones are for the secretariat only",
            Secretariat, NotFound),
        ["POST /api/terms/{termId}/proposals"] = new(
            "Enter a proposal from a department, a deputy, a station or the public on paper, for a year (the one being gathered by default)",
            Secretariat, [NotFound, .. UnreadableBody]),
        ["PUT /api/terms/{termId}/proposals"] = new(
            "Import proposals for a year (year, or the one being gathered) from a CSV or XLSX file sent as the body; all rows or none",
            Secretariat, NotFound, Invalid, TooLarge, new(422, ErrorCodes.ProposalsInvalid))
        {
            AcceptsFile = ["text/csv", Xlsx],
        },
        ["POST /api/terms/{termId}/proposals/{proposalId}/screening"] = new(
            "初选: accept a proposal onto the list candidates are drawn from, or reject it with the reason; refused once it is on a ballot",
            Secretariat, [NotFound, ProjectState, .. UnreadableBody]),
        ["PUT /api/terms/{termId}/collection"] = new(
            "Open the public form for the projects of a year, or close it (year null)", Secretariat, [NotFound, .. UnreadableBody]),
        ["POST /api/terms/{termId}/candidate-lists"] = new(
            "Put accepted proposals to a sitting as a draft 票决 ballot; refused unless the list has the term's 差额 of candidates over the places",
            Secretariat, [NotFound, ProjectState, .. UnreadableBody]),
        ["POST /api/terms/{termId}/projects/adoption"] = new(
            "Register the projects adopted by a published 票决 (its last round), each with its lead department and a deadline",
            Secretariat, [NotFound, ProjectState, Conflict, .. UnreadableBody]),
        ["GET /api/terms/{termId}/projects"] = new(
            "The term's adopted projects (of a year, or all) with their progress: staff all, a department those it leads, a deputy those they supervise",
            OfTheTerm, NotFound),
        ["GET /api/terms/{termId}/projects/{projectId}"] = new(
            "One project's whole history: proposal, vote, plan, progress reports, inspections, appraisal and grade", OfTheTerm, NotFound),
        ["PUT /api/terms/{termId}/projects/{projectId}/plan"] = new(
            "Set a project's deadline, milestones and supervision group (代表监督小组)", Secretariat, [NotFound, ProjectState, .. UnreadableBody]),
        ["POST /api/terms/{termId}/projects/{projectId}/reports"] = new(
            "The lead department's progress report: what was done, how far, milestones done, delivery", TermDepartment,
            [NotFound, ProjectState, .. UnreadableBody]),
        ["POST /api/terms/{termId}/projects/{projectId}/inspections"] = new(
            "An inspection recorded by a deputy of the project's supervision group, or by the secretariat for them", Inspectors,
            [NotFound, .. UnreadableBody]),
        ["POST /api/terms/{termId}/projects/appraisal"] = new(
            "The next sitting's 满意度测评 of a year's projects: a draft satisfaction ballot, one target per project", Secretariat,
            [NotFound, ProjectState, Invalid, .. UnreadableBody]),
        ["POST /api/terms/{termId}/projects/grades"] = new(
            "Write the grades of a published 测评 back to its projects", Secretariat, [NotFound, ProjectState, .. UnreadableBody]),
        ["GET /api/terms/{termId}/projects/figures"] = new(
            "The figures of a year's projects on a day (asOf): on schedule, behind, delivered (on time), rated and grades, per department",
            Staff, [NotFound, Invalid]),
        ["GET /api/public/terms"] = new("The terms, newest first, each with the year its public form is gathering projects for (null: closed)", null),
        ["POST /api/public/terms/{termId}/proposals"] = new(
            "Propose a 民生实事 project (the public form, no credential): limited per address and per hour", null,
            [NotFound, ProjectState, new(429, ErrorCodes.TooManyRequests), .. UnreadableBody]),
        ["GET /api/public/terms/{termId}/projects"] = new(
            "公示: the term's projects (of a year, or all) and where each stands, without anyone's name or telephone", null, NotFound),

        ["GET /ca"] = new("The page with the QR codes to install the venue CA and open the tablet app", null)
        {
            Returns = "text/html",
        },
        ["GET /ca.crt"] =
            new("The venue CA certificate to install on tablets", null) { Returns = "application/x-x509-ca-cert" },
        ["GET /hubs/venue.schema.json"] = new("JSON Schemas of the hub's methods, pushes and records", null)
        {
            Returns = "application/json",
        },
    };
}
