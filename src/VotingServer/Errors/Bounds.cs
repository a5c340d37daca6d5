using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Errors;

/// <summary>
/// The size checks of every request record, one method per record, against the limits in <see cref="Limits"/>.
/// Each handler calls its record's check first, so an oversized or incomplete request is refused before any work.
/// What a value must mean (a known kind, a positive count) stays with the feature that uses it.
/// </summary>
public static class Bounds
{
    public static CreateSittingRequest Checked(this CreateSittingRequest? request)
    {
        Required(request);
        Text(request.Name, "name", "会议名称", Limits.SittingName);
        return request;
    }

    public static LinkSittingTermRequest Checked(this LinkSittingTermRequest? request)
    {
        Required(request);
        return request;
    }

    public static SetPersonalCredentialsRequest Checked(this SetPersonalCredentialsRequest? request)
    {
        Required(request);
        return request;
    }

    public static CreateBallotRequest Checked(this CreateBallotRequest? request)
    {
        Required(request);
        Text(request.Title, "title", "表决名称", Limits.BallotTitle);
        Text(request.PassRule, "passRule", "通过规则", Limits.Code);
        Text(request.Scale, "scale", "测评等次", Limits.Code);
        Text(request.GradeDenominator, "gradeDenominator", "等次基数", Limits.Code);
        Text(request.Purpose, "purpose", "用途", Limits.Code);
        foreach (var (item, i) in List(request.Items, "items", "候选项目或测评对象", Limits.Items))
        {
            var at = $"items[{i}]";
            Text(item.Name, $"{at}.name", $"第{i + 1}项的名称", Limits.ItemName);
            Text(item.Content, $"{at}.content", $"第{i + 1}项的内容", Limits.ItemContent);
            Text(item.LeadDepartment, $"{at}.leadDepartment", $"第{i + 1}项的牵头部门", Limits.ItemDepartment);
            Text(item.Group, $"{at}.group", $"第{i + 1}项的分组", Limits.ItemGroup);
        }
        return request;
    }

    public static GradeDecisionRequest Checked(this GradeDecisionRequest? request)
    {
        Required(request);
        Text(request.Grade, "grade", "测评等次", Limits.Code);
        Text(request.Note, "note", "说明", Limits.Note);
        return request;
    }

    public static ConfirmationRequest Checked(this ConfirmationRequest? request)
    {
        Required(request);
        Text(request.Reason, "reason", "理由", Limits.Note);
        Text(request.DeputyNumber, "deputyNumber", "代表证号", Limits.DeputyNumber);
        return request;
    }

    public static ConfirmationDecision Checked(this ConfirmationDecision? request)
    {
        request ??= new ConfirmationDecision();
        Text(request.Note, "note", "说明", Limits.Note);
        return request;
    }

    public static ShortfallDecisionRequest Checked(this ShortfallDecisionRequest? request)
    {
        Required(request);
        Text(request.Decision, "decision", "决定", Limits.Code);
        Text(request.Note, "note", "说明", Limits.Note);
        return request;
    }

    public static CreateStaffCredentialRequest Checked(this CreateStaffCredentialRequest? request)
    {
        Required(request);
        Text(request.Name, "name", "持有人姓名", Limits.PersonName);
        return request;
    }

    public static IssueCredentialsRequest? Checked(this IssueCredentialsRequest? request)
    {
        foreach (var (number, i) in List(request?.DeputyNumbers, "deputyNumbers", "代表证号", Limits.Deputies))
            Text(number, $"deputyNumbers[{i}]", "代表证号", Limits.DeputyNumber);
        return request;
    }

    public static AddCountingStaffRequest Checked(this AddCountingStaffRequest? request)
    {
        Required(request);
        Text(request.Name, "name", "姓名", Limits.PersonName);
        return request;
    }

    public static HandCountRequest Checked(this HandCountRequest? request)
    {
        Required(request);
        Text(request.Note, "note", "说明", Limits.Note);
        foreach (var (item, i) in List(request.Items, "items", "计票项目", Limits.Items))
        {
            if (item.Counts is { Count: > Limits.OptionsPerItem })
                throw TooMany($"items[{i}].counts", $"第{i + 1}项的选项", Limits.OptionsPerItem);
            foreach (var option in item.Counts?.Keys ?? []) Text(option, $"items[{i}].counts", "选项", Limits.Code);
        }
        return request;
    }

    public static CreateTermRequest Checked(this CreateTermRequest? request)
    {
        Required(request);
        Text(request.Name, "name", "届的名称", Limits.SittingName);
        return request;
    }

    public static CreateDepartmentRequest Checked(this CreateDepartmentRequest? request)
    {
        Required(request);
        Text(request.Name, "name", "承办单位名称", Limits.ItemDepartment);
        return request;
    }

    public static SubmitSuggestionRequest Checked(this SubmitSuggestionRequest? request)
    {
        Required(request);
        Text(request.Title, "title", "建议标题", Limits.SuggestionTitle);
        Text(request.Content, "content", "建议内容", Limits.SuggestionText);
        Text(request.DeputyNumber, "deputyNumber", "代表证号", Limits.DeputyNumber);
        foreach (var (number, i) in List(request.CoSigners, "coSigners", "联名代表", Limits.CoSigners))
            Text(number, $"coSigners[{i}]", "代表证号", Limits.DeputyNumber);
        return request;
    }

    public static AssignSuggestionRequest Checked(this AssignSuggestionRequest? request)
    {
        Required(request);
        if (request.CoDepartmentIds is { Count: > Limits.CoSigners }) throw TooMany("coDepartmentIds", "会办单位", Limits.CoSigners);
        return request;
    }

    public static AnswerSuggestionRequest Checked(this AnswerSuggestionRequest? request)
    {
        Required(request);
        Text(request.Text, "text", "答复内容", Limits.SuggestionText);
        return request;
    }

    public static RateSuggestionRequest Checked(this RateSuggestionRequest? request)
    {
        Required(request);
        Text(request.Comment, "comment", "评价意见", Limits.Note);
        return request;
    }

    public static SubmitProposalRequest Checked(this SubmitProposalRequest? request)
    {
        Required(request);
        Text(request.Title, "title", "项目名称", Limits.ItemName);
        Text(request.Description, "description", "项目内容", Limits.ItemContent);
        Text(request.Place, "place", "实施地点", Limits.ItemGroup);
        Text(request.LeadDepartment, "leadDepartment", "承办单位", Limits.ItemDepartment);
        Text(request.SubmitterName, "submitterName", "建议人姓名", Limits.PersonName);
        Text(request.SubmitterPhone, "submitterPhone", "联系电话", Limits.Code);
        Text(request.Source, "source", "来源", Limits.Code);
        return request;
    }

    public static ScreenProposalRequest Checked(this ScreenProposalRequest? request)
    {
        Required(request);
        Text(request.Note, "note", "初选意见", Limits.Note);
        Text(request.LeadDepartment, "leadDepartment", "承办单位", Limits.ItemDepartment);
        return request;
    }

    public static CandidateListRequest Checked(this CandidateListRequest? request)
    {
        Required(request);
        Text(request.Title, "title", "表决名称", Limits.BallotTitle);
        if (request.ProposalIds is { Count: > Limits.Items }) throw TooMany("proposalIds", "候选项目", Limits.Items);
        return request;
    }

    public static ProjectPlanRequest Checked(this ProjectPlanRequest? request)
    {
        Required(request);
        foreach (var (milestone, i) in List(request.Milestones, "milestones", "节点", Limits.Items))
            Text(milestone.Name, $"milestones[{i}].name", "节点名称", Limits.ItemName);
        foreach (var (number, i) in List(request.Supervisors, "supervisors", "监督小组代表", Limits.CoSigners))
            Text(number, $"supervisors[{i}]", "代表证号", Limits.DeputyNumber);
        return request;
    }

    public static ProgressReportRequest Checked(this ProgressReportRequest? request)
    {
        Required(request);
        Text(request.Text, "text", "进展情况", Limits.SuggestionText);
        if (request.MilestonesDone is { Count: > Limits.Items }) throw TooMany("milestonesDone", "节点", Limits.Items);
        return request;
    }

    public static InspectionRequest Checked(this InspectionRequest? request)
    {
        Required(request);
        Text(request.Text, "text", "视察情况", Limits.SuggestionText);
        return request;
    }

    public static ProjectAppraisalRequest Checked(this ProjectAppraisalRequest? request)
    {
        Required(request);
        Text(request.Title, "title", "表决名称", Limits.BallotTitle);
        return request;
    }

    /// <summary>A cast from a tablet; a refusal here is a malformed ballot, like any other bad shape.</summary>
    public static CastRequest Checked(this CastRequest? request)
    {
        if (request is null) throw VenueErrors.Malformed("缺少选票内容");
        if (request.Marks is { Count: > Limits.Items } || request.Choices is { Count: > Limits.Items })
            throw VenueErrors.Malformed($"一张选票最多{Limits.Items}项");
        if (request.Choices?.Any(c => c is null || c.Option is null or { Length: > Limits.Code }) == true)
            throw VenueErrors.Malformed("选择内容不完整");
        return request;
    }

    private static void Required([System.Diagnostics.CodeAnalysis.NotNull] object? request)
    {
        if (request is null) throw VenueErrors.Invalid("缺少请求内容。");
    }

    private static void Text(string? value, string field, string label, int max)
    {
        if (value is { Length: var length } && length > max)
            throw VenueErrors.Invalid($"{label}（{field}）不能超过{max}字，现为{length}字。");
    }

    /// <summary>The list's elements with their index, once it is known to be short enough and to hold no null.</summary>
    private static IEnumerable<(T Item, int Index)> List<T>(IReadOnlyList<T?>? list, string field, string label, int max)
        where T : class
    {
        if (list is null) return [];
        if (list.Count > max) throw TooMany(field, label, max);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null) throw VenueErrors.Invalid($"{label}（{field}）的第{i + 1}个元素为空（null）。");
        }
        return list.Select((item, i) => (item!, i));
    }

    private static VenueError TooMany(string field, string label, int max) =>
        VenueErrors.Invalid($"{label}（{field}）最多{max}个。");
}
