using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Ballots.Kinds;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>A ballot as the secretariat defines it, checked kind by kind before it goes on the agenda.</summary>
public static class BallotDefinition
{
    /// <summary>The checked ballot, not yet placed on the agenda (see <see cref="Agenda.Append"/>).</summary>
    public static Ballot ToEntity(int sittingId, CreateBallotRequest request)
    {
        var title = request.Title?.Trim() ?? "";
        if (title.Length == 0) throw VenueErrors.Invalid($"请填写表决名称（不超过{Limits.BallotTitle}字）。");
        var kind = KindCatalog.Requested(request.Kind);
        var ballot = new Ballot
        {
            SittingId = sittingId, Kind = kind.Code, Title = title, PassRule = "", State = BallotState.Draft,
            Secret = Secrecy(kind, request), Purpose = request.Purpose, Items = Items(kind, request, title),
        };
        kind.Configure(ballot, request);
        return ballot;
    }

    private static List<BallotItem> Items(KindDescriptor kind, CreateBallotRequest request, string title)
    {
        var items = kind.Items(request.Items ?? [], title);
        var what = kind.ItemNoun;
        if (items.Count is < 1 or > Limits.Items) throw VenueErrors.Invalid($"{what}应有1至{Limits.Items}个。");
        var names = new HashSet<string>();
        return items.Select((item, i) =>
        {
            var name = item.Name?.Trim() ?? "";
            if (name.Length == 0) throw VenueErrors.Invalid($"第{i + 1}个{what}缺少名称（不超过{Limits.ItemName}字）。");
            if (!names.Add(name)) throw VenueErrors.Invalid($"{what}“{name}”重复。");
            if (item.BudgetWan < 0) throw VenueErrors.Invalid($"{what}“{name}”的投资额不能为负数。");
            return new BallotItem
            {
                Position = i + 1, Name = name, Content = item.Content?.Trim() ?? "", BudgetWan = item.BudgetWan,
                LeadDepartment = item.LeadDepartment?.Trim() ?? "", Group = item.Group?.Trim() ?? "",
            };
        }).ToList();
    }

    /// <summary>RULES.md "Secrecy": every vote is secret, but for a deputy's named rating of their own suggestion's handling.</summary>
    private static bool Secrecy(KindDescriptor kind, CreateBallotRequest request)
    {
        if (request.Purpose is not (null or BallotPurposes.SuggestionHandling))
            throw VenueErrors.Invalid($"用途“{request.Purpose}”无效。");
        if (!request.Secret && !kind.AllowsNamed(request)) throw VenueErrors.NamedNotAllowed();
        return request.Secret;
    }
}
