using PeoplesCongress.Contracts;

namespace PeoplesCongress.TestSupport;

/// <summary>
/// A year's 民生实事 projects set up through the real API: four proposals entered and accepted, put to the sitting as a
/// candidate list for three places, voted by its signed-in deputies, signed, published and adopted.
/// </summary>
public static class ProjectYear
{
    public static readonly (string Title, string Content, string Place, decimal Budget, int Department)[] Proposals =
    [
        ("中心小学操场改造", "新建300米塑胶跑道和篮球场。", "江北", 180m, 2),
        ("通村道路硬化", "硬化通村道路12公里。", "东关", 600m, 1),
        ("老旧小区管网改造", "更换供水管网8公里，惠及3200户。", "城关", 450m, 0),
        ("新建口袋公园", "城关片区新建口袋公园两处。", "城关", 90m, 0),
    ];

    /// <summary>The projects adopted: the first three proposals (every deputy marks them).</summary>
    public static async Task<List<ProjectView>> AdoptAsync(TestVenue venue, PreparedTerm term, SignedInSitting sitting, int year)
    {
        var secretariat = term.Secretariat;
        var ids = new List<int>();
        foreach (var (title, content, place, budget, department) in Proposals)
        {
            var proposal = await secretariat.EnterProposalAsync(term.TermId,
                new(title, content, place, budget, PreparedTerm.DepartmentNames[department], Year: year));
            await secretariat.ScreenProposalAsync(term.TermId, proposal.Id, new(ProposalScreening.Accepted));
            ids.Add(proposal.Id);
        }
        var vote = await secretariat.CreateCandidateListAsync(term.TermId, new(sitting.Setup.SittingId, 3, ids));
        await sitting.Presidium.OpenBallotAsync(vote.Id);
        for (var d = 0; d < sitting.Tablets.Count; d++) await sitting.MarkAsync(d, vote, 0, 1, 2);
        await sitting.Presidium.CloseBallotAsync(vote.Id);
        await venue.Api(sitting.Setup.ChiefCode).SignCountRecordAsync(vote.Id);
        await sitting.Setup.Secretariat.PublishAsync(vote.Id);
        return await secretariat.AdoptProjectsAsync(term.TermId, new(vote.Id));
    }
}
