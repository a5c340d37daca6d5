using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>A 票决 ballot as the secretariat defines it: title, N places, the M candidate projects, the pass rule.</summary>
public static class BallotDefinition
{
    public const int MaxProjects = 100;

    public static Ballot ToEntity(int sittingId, CreateBallotRequest request)
    {
        var title = request.Title?.Trim() ?? "";
        if (title.Length is 0 or > 200) throw VenueErrors.Invalid("请填写表决名称（不超过200字）。");
        var projects = request.Projects ?? [];
        if (projects.Count is < 1 or > MaxProjects) throw VenueErrors.Invalid($"候选项目应有1至{MaxProjects}个。");
        if (request.Places < 1 || request.Places > projects.Count)
            throw VenueErrors.Invalid($"应选项目数应在1至候选项目数（{projects.Count}）之间。");
        var passRule = request.PassRule ?? PassRules.MajorityOfAllDeputies;
        if (passRule is not (PassRules.MajorityOfAllDeputies or PassRules.Plurality))
            throw VenueErrors.Invalid($"通过规则“{passRule}”无效，应为 {PassRules.MajorityOfAllDeputies} 或 {PassRules.Plurality}。");
        return new Ballot
        {
            SittingId = sittingId, Kind = BallotKinds.ProjectSelection, Title = title, Places = request.Places,
            PassRule = passRule, Secret = true, State = BallotStates.Draft,
            Projects = projects.Select((p, i) => ToProject(p, i + 1)).ToList(),
        };
    }

    private static Project ToProject(NewProject project, int position)
    {
        var name = project.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) throw VenueErrors.Invalid($"第{position}个候选项目缺少名称（不超过200字）。");
        if (project.BudgetWan < 0) throw VenueErrors.Invalid($"候选项目“{name}”的投资额不能为负数。");
        return new Project
        {
            Position = position, Name = name, Content = project.Content?.Trim() ?? "",
            BudgetWan = project.BudgetWan, LeadDepartment = project.LeadDepartment?.Trim() ?? "",
        };
    }
}
