using System.Globalization;
using System.Text.Json;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.Tally.Certified;

/// <summary>
/// One figure that differs between a published result and its recount, named in Chinese and English for a
/// verifier's report: 「项目“危桥改造项目”得票：公告 30，重新计票 29」. <see cref="Figure"/> is the figure's
/// place in the record (<c>items[3].votes</c>), the same in both languages.
/// </summary>
public sealed record FigureDifference(string Figure, string Chinese, string English);

/// <summary>
/// Compares a published result with its recount (<see cref="ResultCount.Recount"/>) figure by figure: the totals,
/// every item's counts, rates, grade, rank and outcome, the projects adopted, the run-off, the shortfall, the 整改
/// list, the matters for the presidium and the announcement. Anything else in the record that differs is reported
/// once as the record's other content, so an empty list means the two records are equal.
/// </summary>
public static class ResultComparison
{
    public static IReadOnlyList<FigureDifference> Differences(BallotResultView published, BallotResultView recounted)
    {
        var found = new Found(published);
        found.Check("currentDeputies", "应到代表数", "current deputies", published.CurrentDeputies, recounted.CurrentDeputies);
        found.Check("issued", "发出票数", "ballots issued", published.Issued, recounted.Issued);
        found.Check("returned", "收回票数", "ballots returned", published.Returned, recounted.Returned);
        found.Check("valid", "有效票数", "valid ballots", published.Valid, recounted.Valid);
        found.Check("invalid", "无效票数", "invalid ballots", published.Invalid, recounted.Invalid);
        found.Check("voteValid", "表决是否有效", "vote valid", published.VoteValid, recounted.VoteValid);
        found.Check("notVoting", "未投票人数", "not voting", published.NotVoting, recounted.NotVoting);
        found.Check("passed", "是否通过", "passed", published.Passed, recounted.Passed);
        found.Check("passThreshold", "通过所需票数", "votes needed to pass", published.PassThreshold?.Votes, recounted.PassThreshold?.Votes);
        found.Check("adopted", "本轮确定的项目", "adopted this round", found.Names(published.Adopted), found.Names(recounted.Adopted));
        found.Check("finalAdopted", "最终确定的项目", "final list of adopted projects", Final(published.FinalAdopted), Final(recounted.FinalAdopted));
        found.Check("runOff", "需再次投票", "run-off", found.RunOff(published.RunOff), found.RunOff(recounted.RunOff));
        found.Check("shortfall", "确定项目不足应选数", "shortfall", Shortfall(published.Shortfall), Shortfall(recounted.Shortfall));
        found.Check("toRectify", "整改名单", "to rectify", found.Names(published.ToRectify), found.Names(recounted.ToRectify));
        found.Check("flags", "提请主席团决定的事项", "matters for the presidium",
            Said.Text(string.Join("；", published.Flags.Select(f => f.Message))), Said.Text(string.Join("；", recounted.Flags.Select(f => f.Message))));
        CompareItems(found, published, recounted);
        found.Check("announcement", "公告文字", "announcement", Said.Text(published.Announcement), Said.Text(recounted.Announcement));
        if (found.List.Count == 0 && JsonSerializer.Serialize(published, Json) != JsonSerializer.Serialize(recounted, Json))
        {
            found.List.Add(new FigureDifference("record", "计票记录的其他内容与公告不一致", "other content of the count record differs from the published one"));
        }
        return found.List;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static void CompareItems(Found found, BallotResultView published, BallotResultView recounted)
    {
        var (zhNoun, enNoun) = Nouns(published.Kind);
        var recountedById = recounted.Items.ToDictionary(i => i.ItemId);
        foreach (var item in published.Items)
        {
            var key = $"items[{item.ItemId}]";
            var (zh, en) = ($"{zhNoun}“{item.Name}”", $"{enNoun} \"{item.Name}\"");
            if (!recountedById.TryGetValue(item.ItemId, out var other))
            {
                found.Check(key, zh, en, Said.Text("有", "present"), Said.Text("无", "absent"));
                continue;
            }
            foreach (var count in item.Counts.UnionBy(other.Counts, c => c.Option))
            {
                found.Check($"{key}.counts.{count.Option.Wire()}", $"{zh}{count.Label}票", $"{en} {count.Option.Wire()} votes",
                    item.Counts.FirstOrDefault(c => c.Option == count.Option)?.Count, other.Counts.FirstOrDefault(c => c.Option == count.Option)?.Count);
            }
            found.Check($"{key}.valid", $"{zh}有效票", $"{en} valid votes", item.Valid, other.Valid);
            found.Check($"{key}.invalid", $"{zh}无效票", $"{en} invalid votes", item.Invalid, other.Invalid);
            found.Check($"{key}.votes", $"{zh}得票", $"{en} votes", item.Votes, other.Votes);
            found.Check($"{key}.passed", $"{zh}是否通过", $"{en} passed", item.Passed, other.Passed);
            found.Check($"{key}.rank", $"{zh}名次", $"{en} rank", item.Rank, other.Rank);
            found.Check($"{key}.outcome", $"{zh}结果", $"{en} outcome", Outcome(item.Outcome), Outcome(other.Outcome));
            foreach (var rate in item.Rates.UnionBy(other.Rates, r => r.Option))
            {
                found.Check($"{key}.rates.{rate.Option.Wire()}", $"{zh}{rate.Label}率", $"{en} {rate.Option.Wire()} rate",
                    Percent(item.Rates.FirstOrDefault(r => r.Option == rate.Option)?.Percent),
                    Percent(other.Rates.FirstOrDefault(r => r.Option == rate.Option)?.Percent));
            }
            found.Check($"{key}.combinedRate", $"{zh}综合率", $"{en} combined rate", Percent(item.CombinedRate), Percent(other.CombinedRate));
            found.Check($"{key}.grade", $"{zh}等次", $"{en} grade", Grade(item), Grade(other));
            found.Check($"{key}.exactThreshold", $"{zh}恰在等次门槛", $"{en} exactly on the grade threshold", item.ExactThreshold, other.ExactThreshold);
            found.Check($"{key}.gradeBetween", $"{zh}所处两个等次之间", $"{en} between grades",
                Said.Text(string.Join("、", item.GradeBetween?.Select(g => g.Wire()) ?? [])), Said.Text(string.Join("、", other.GradeBetween?.Select(g => g.Wire()) ?? [])));
        }
        foreach (var extra in recounted.Items.Where(i => published.Items.All(p => p.ItemId != i.ItemId)))
        {
            found.Check($"items[{extra.ItemId}]", $"{zhNoun}“{extra.Name}”", $"{enNoun} \"{extra.Name}\"", Said.Text("无", "absent"), Said.Text("有", "present"));
        }
    }

    private static (string Zh, string En) Nouns(BallotKind kind) => kind switch
    {
        BallotKind.ProjectSelection or BallotKind.ProjectApproval => ("项目", "project"),
        BallotKind.Motion => ("表决事项", "motion"),
        _ => ("测评对象", "target"),
    };

    private static Said Outcome(string? code) => code is null ? Said.None : Said.Text(ProjectCounts.OutcomeWords(code), code);

    private static Said Percent(string? percent) => percent is null ? Said.None : Said.Text(percent + "%");

    private static Said Grade(ItemResultView item) =>
        item.Grade is { } grade ? Said.Text(item.GradeLabel ?? grade.Wire(), grade.Wire()) : Said.None;

    private static Said Final(IReadOnlyList<AdoptedProjectView>? final) => final is null
        ? Said.None
        : Said.Text(string.Join("、", final.Select(p => $"{p.Name}（第{p.Round}轮）")), string.Join(", ", final.Select(p => $"{p.Name} (round {p.Round})")));

    private static Said Shortfall(ShortfallView? shortfall) => shortfall is null
        ? Said.None
        : Said.Text($"应选{shortfall.Places}项，确定{shortfall.Adopted}项", $"{shortfall.Adopted} of {shortfall.Places} places filled");

    /// <summary>A value as each report says it.</summary>
    private readonly record struct Said(string Zh, string En)
    {
        public static Said None => new("无", "none");

        public static Said Text(string both) => new(both, both);

        public static Said Text(string zh, string en) => new(zh, en);

        public static Said Of(int? value) => value is { } v ? Text(v.ToString(CultureInfo.InvariantCulture)) : None;

        public static Said Of(bool? value) => value switch { true => new("是", "yes"), false => new("否", "no"), null => None };
    }

    /// <summary>The differences found so far, and the names of the published items for lists of ids.</summary>
    private sealed class Found(BallotResultView published)
    {
        public List<FigureDifference> List { get; } = [];

        public void Check(string figure, string zh, string en, int? published, int? recounted) =>
            Check(figure, zh, en, Said.Of(published), Said.Of(recounted));

        public void Check(string figure, string zh, string en, bool? published, bool? recounted) =>
            Check(figure, zh, en, Said.Of(published), Said.Of(recounted));

        public void Check(string figure, string zh, string en, Said published, Said recounted)
        {
            if (published == recounted) return;
            List.Add(new FigureDifference(figure,
                $"{zh}：公告 {published.Zh}，重新计票 {recounted.Zh}",
                $"{en}: published {published.En}, recounted {recounted.En}"));
        }

        public Said Names(IReadOnlyList<int> ids) =>
            ids.Count == 0 ? Said.None : Said.Text(string.Join("、", ids.Select(Name)), string.Join(", ", ids.Select(Name)));

        public Said RunOff(RunOffView? runOff) => runOff is null
            ? Said.None
            : Said.Text($"{string.Join("、", runOff.ItemIds.Select(Name))}（各{runOff.Votes}票，余{runOff.PlacesLeft}个名额）",
                $"{string.Join(", ", runOff.ItemIds.Select(Name))} ({runOff.Votes} votes each, {runOff.PlacesLeft} places left)");

        private string Name(int id) => published.Items.FirstOrDefault(i => i.ItemId == id)?.Name ?? $"#{id}";
    }
}
