using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.OpenApi;

/// <summary>
/// The limit of each bounded field of a request record (<see cref="Limits"/>), by the record and the property's JSON
/// name, for the OpenAPI document: maxLength for text, maxItems for a list. The server checks them in
/// <see cref="Errors.Bounds"/>.
/// </summary>
public static class FieldLimits
{
    private static readonly Dictionary<(Type Record, string Property), int> ByProperty = new()
    {
        [(typeof(CreateSittingRequest), "name")] = Limits.SittingName,
        [(typeof(CreateBallotRequest), "title")] = Limits.BallotTitle,
        [(typeof(CreateBallotRequest), "items")] = Limits.Items,
        [(typeof(CreateBallotRequest), "passRule")] = Limits.Code,
        [(typeof(CreateBallotRequest), "scale")] = Limits.Code,
        [(typeof(CreateBallotRequest), "gradeDenominator")] = Limits.Code,
        [(typeof(CreateBallotRequest), "purpose")] = Limits.Code,
        [(typeof(NewItem), "name")] = Limits.ItemName,
        [(typeof(NewItem), "content")] = Limits.ItemContent,
        [(typeof(NewItem), "leadDepartment")] = Limits.ItemDepartment,
        [(typeof(NewItem), "group")] = Limits.ItemGroup,
        [(typeof(ConfirmationRequest), "reason")] = Limits.Note,
        [(typeof(ConfirmationRequest), "deputyNumber")] = Limits.DeputyNumber,
        [(typeof(ConfirmationDecision), "note")] = Limits.Note,
        [(typeof(GradeDecisionRequest), "grade")] = Limits.Code,
        [(typeof(GradeDecisionRequest), "note")] = Limits.Note,
        [(typeof(ShortfallDecisionRequest), "decision")] = Limits.Code,
        [(typeof(ShortfallDecisionRequest), "note")] = Limits.Note,
        [(typeof(CreateStaffCredentialRequest), "name")] = Limits.PersonName,
        [(typeof(AddCountingStaffRequest), "name")] = Limits.PersonName,
        [(typeof(IssueCredentialsRequest), "deputyNumbers")] = Limits.Deputies,
        [(typeof(HandCountRequest), "items")] = Limits.Items,
        [(typeof(HandCountRequest), "note")] = Limits.Note,
        [(typeof(HandCountItem), "counts")] = Limits.OptionsPerItem,
        [(typeof(CreateTermRequest), "name")] = Limits.SittingName,
        [(typeof(CreateDepartmentRequest), "name")] = Limits.ItemDepartment,
        [(typeof(SubmitSuggestionRequest), "title")] = Limits.SuggestionTitle,
        [(typeof(SubmitSuggestionRequest), "content")] = Limits.SuggestionText,
        [(typeof(SubmitSuggestionRequest), "deputyNumber")] = Limits.DeputyNumber,
        [(typeof(SubmitSuggestionRequest), "coSigners")] = Limits.CoSigners,
        [(typeof(AssignSuggestionRequest), "coDepartmentIds")] = Limits.CoSigners,
        [(typeof(AnswerSuggestionRequest), "text")] = Limits.SuggestionText,
        [(typeof(RateSuggestionRequest), "comment")] = Limits.Note,
        [(typeof(SubmitProposalRequest), "title")] = Limits.ItemName,
        [(typeof(SubmitProposalRequest), "description")] = Limits.ItemContent,
        [(typeof(SubmitProposalRequest), "place")] = Limits.ItemGroup,
        [(typeof(SubmitProposalRequest), "leadDepartment")] = Limits.ItemDepartment,
        [(typeof(SubmitProposalRequest), "submitterName")] = Limits.PersonName,
        [(typeof(SubmitProposalRequest), "submitterPhone")] = Limits.Code,
        [(typeof(SubmitProposalRequest), "source")] = Limits.Code,
        [(typeof(ScreenProposalRequest), "note")] = Limits.Note,
        [(typeof(ScreenProposalRequest), "leadDepartment")] = Limits.ItemDepartment,
        [(typeof(CandidateListRequest), "title")] = Limits.BallotTitle,
        [(typeof(CandidateListRequest), "proposalIds")] = Limits.Items,
        [(typeof(ProjectPlanRequest), "milestones")] = Limits.Items,
        [(typeof(ProjectPlanRequest), "supervisors")] = Limits.CoSigners,
        [(typeof(NewMilestone), "name")] = Limits.ItemName,
        [(typeof(ProgressReportRequest), "text")] = Limits.SuggestionText,
        [(typeof(ProgressReportRequest), "milestonesDone")] = Limits.Items,
        [(typeof(InspectionRequest), "text")] = Limits.SuggestionText,
        [(typeof(ProjectAppraisalRequest), "title")] = Limits.BallotTitle,
    };

    /// <summary>The property's limit, or null for a property without one.</summary>
    public static int? Of(Type record, string property) =>
        ByProperty.TryGetValue((record, property), out var limit) ? limit : null;
}
