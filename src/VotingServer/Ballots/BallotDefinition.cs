using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>A ballot as the secretariat defines it, checked kind by kind before it goes on the agenda.</summary>
public static class BallotDefinition
{
    public const int MaxItems = 200;

    /// <summary>The checked ballot, not yet placed on the agenda (see <see cref="Agenda.Append"/>).</summary>
    public static Ballot ToEntity(int sittingId, CreateBallotRequest request)
    {
        var title = request.Title?.Trim() ?? "";
        if (title.Length is 0 or > 200) throw VenueErrors.Invalid("请填写表决名称（不超过200字）。");
        if (!BallotKinds.All.Contains(request.Kind)) throw VenueErrors.Invalid($"表决类型“{request.Kind}”无效，应为 {string.Join("、", BallotKinds.All)} 之一。");
        var items = Items(request, title);
        var ballot = new Ballot
        {
            SittingId = sittingId, Kind = request.Kind, Title = title,
            PassRule = "", State = BallotStates.Draft, Secret = Secrecy(request), Purpose = request.Purpose, Items = items,
        };
        if (BallotKinds.AdoptsProjects(request.Kind))
        {
            SetAdoption(ballot, request);
            return ballot;
        }
        if (request.Places != 0 || request.PassRule is not null) throw VenueErrors.Invalid("只有民生实事项目票决设应选项目数和通过规则。");
        if (request.Kind == BallotKinds.Motion) ballot.PassRule = PassRules.MajorityOfAllDeputies;
        else SetGrading(ballot, request);
        return ballot;
    }

    private static List<BallotItem> Items(CreateBallotRequest request, string title)
    {
        var items = request.Items ?? [];
        if (request.Kind == BallotKinds.Motion)
        {
            if (items.Count > 1) throw VenueErrors.Invalid("表决议案只能有一项。");
            items = items.Count == 1 ? items : [new NewItem(title)];
        }
        var what = request.Kind switch
        {
            BallotKinds.ProjectSelection or BallotKinds.ProjectApproval => "候选项目",
            BallotKinds.Motion => "表决事项",
            _ => "测评对象",
        };
        if (items.Count is < 1 or > MaxItems) throw VenueErrors.Invalid($"{what}应有1至{MaxItems}个。");
        var names = new HashSet<string>();
        return items.Select((item, i) =>
        {
            var name = item.Name?.Trim() ?? "";
            if (name.Length is 0 or > 200) throw VenueErrors.Invalid($"第{i + 1}个{what}缺少名称（不超过200字）。");
            if (!names.Add(name)) throw VenueErrors.Invalid($"{what}“{name}”重复。");
            if (item.BudgetWan < 0) throw VenueErrors.Invalid($"{what}“{name}”的投资额不能为负数。");
            return new BallotItem
            {
                Position = i + 1, Name = name, Content = item.Content?.Trim() ?? "", BudgetWan = item.BudgetWan,
                LeadDepartment = item.LeadDepartment?.Trim() ?? "", Group = item.Group?.Trim() ?? "",
            };
        }).ToList();
    }

    private static void SetAdoption(Ballot ballot, CreateBallotRequest request)
    {
        if (request.Places < 1 || request.Places > ballot.Items.Count)
            throw VenueErrors.Invalid($"应选项目数应在1至候选项目数（{ballot.Items.Count}）之间。");
        var passRule = request.PassRule ?? PassRules.MajorityOfAllDeputies;
        if (passRule is not (PassRules.MajorityOfAllDeputies or PassRules.Plurality))
            throw VenueErrors.Invalid($"通过规则“{passRule}”无效，应为 {PassRules.MajorityOfAllDeputies} 或 {PassRules.Plurality}。");
        ballot.Places = request.Places;
        ballot.PassRule = passRule;
    }

    private static void SetGrading(Ballot ballot, CreateBallotRequest request)
    {
        var scale = request.Scale ?? (request.Kind == BallotKinds.Satisfaction ? AppraisalScales.Satisfaction : AppraisalScales.Competence);
        if (!AppraisalScales.All.Contains(scale)) throw VenueErrors.Invalid($"测评等次“{scale}”无效，应为 {string.Join("、", AppraisalScales.All)} 之一。");
        var (numerator, denominator) = (request.GradeThresholdNumerator ?? 1, request.GradeThresholdDenominator ?? 2);
        if (numerator <= 0 || denominator <= 0 || numerator >= denominator) throw VenueErrors.Invalid("等次门槛应为小于1的正分数，例如二分之一（1/2）。");
        // A rating of one's own suggestion is given by few deputies: graded on the votes cast, not on the whole congress.
        var basis = request.GradeDenominator
            ?? (request.Purpose == BallotPurposes.SuggestionHandling ? GradeDenominators.ValidVotes : GradeDenominators.AllCurrentMembers);
        if (basis is not (GradeDenominators.AllCurrentMembers or GradeDenominators.ValidVotes))
            throw VenueErrors.Invalid($"计算等次的基数“{basis}”无效，应为 {GradeDenominators.AllCurrentMembers} 或 {GradeDenominators.ValidVotes}。");
        (ballot.Scale, ballot.GradeThresholdNumerator, ballot.GradeThresholdDenominator, ballot.GradeDenominator) = (scale, numerator, denominator, basis);
    }

    /// <summary>RULES.md "Secrecy": every vote is secret, but for a deputy's named rating of their own suggestion's handling.</summary>
    private static bool Secrecy(CreateBallotRequest request)
    {
        if (request.Purpose is not (null or BallotPurposes.SuggestionHandling))
            throw VenueErrors.Invalid($"用途“{request.Purpose}”无效。");
        if (!request.Secret && !(request.Kind == BallotKinds.Satisfaction && request.Purpose == BallotPurposes.SuggestionHandling))
            throw VenueErrors.NamedNotAllowed();
        return request.Secret;
    }
}
