using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Terms;

namespace PeoplesCongress.VotingServer.Demo;

/// <summary>
/// A term with a year of suggestions behind it, made up from a seed: as many deputies, stations, departments and
/// suggestions as asked (商州's 1,177 deputies in 74 stations, say), each suggestion assigned, answered, rated and
/// re-handled as in a real year, some on time, some late, some still open on <c>today</c>. The demo and the figures'
/// benchmark use it; the same seed gives the same term.
/// </summary>
public static class GeneratedTerm
{
    public sealed record Shape(int Deputies = 1_177, int Stations = 74, int Departments = 20, int Suggestions = 300);

    private static readonly string[] Towns =
    [
        "城关街道", "大赵峪街道", "陈塬街道", "刘湾街道", "夜村镇", "沙河子镇", "杨峪河镇", "金陵寺镇", "黑山镇", "杨斜镇",
        "麻街镇", "牧护关镇", "大荆镇", "腰市镇", "板桥镇", "北宽坪镇", "三岔河镇", "砚池河镇",
    ];

    private static readonly string[] DepartmentNames =
    [
        "区发展和改革局", "区教育局", "区公安分局", "区民政局", "区财政局", "区人力资源和社会保障局", "区自然资源局",
        "区生态环境分局", "区住房和城乡建设局", "区交通运输局", "区水利局", "区农业农村局", "区商务局", "区文化和旅游局",
        "区卫生健康局", "区应急管理局", "区市场监督管理局", "区城市管理执法局", "区医疗保障局", "区乡村振兴局",
    ];

    private static readonly string[] Topics =
    [
        "加快老旧小区改造", "增设公交线路", "改善农村饮水安全", "加强校园周边交通安全", "修复通村道路", "增加社区养老服务",
        "规范农贸市场管理", "治理河道污染", "完善乡镇卫生院设施", "推进农村厕所改造", "增设停车泊位", "加强食品安全监管",
        "扶持特色农业产业", "改造危旧桥梁", "完善城区排水管网", "加强留守儿童关爱", "推进垃圾分类", "提升农村电网",
    ];

    private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private const string Given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国红梅海燕志强晓东";

    /// <summary>Writes the term in one step and returns its id.</summary>
    public static Task<int> WriteAsync(GroupCommitWriter writer, string name, Shape shape, DateOnly today, DateTimeOffset now, int seed = 18) =>
        writer.WriteAsync(tx =>
        {
            var term = new Term { Name = name, CreatedAt = now };
            tx.Db.Terms.Add(term);
            tx.Save();
            var rng = new Random(seed);
            var stations = Enumerable.Range(0, shape.Stations)
                .Select(i => new Station { TermId = term.Id, Name = $"{Towns[i % Towns.Length]}第{i / Towns.Length + 1}代表联络站" }).ToList();
            var departments = Enumerable.Range(0, shape.Departments)
                .Select(i => new Department { TermId = term.Id, Name = i < DepartmentNames.Length ? DepartmentNames[i] : $"区直部门{i + 1}" }).ToList();
            tx.Db.Stations.AddRange(stations);
            tx.Db.Departments.AddRange(departments);
            tx.Save();
            var deputies = Enumerable.Range(0, shape.Deputies).Select(i => new TermDeputy
            {
                TermId = term.Id, Number = $"SZ{i + 1:0000}", Name = PersonName(i), StationId = stations[i % stations.Count].Id,
                Status = i % 97 == 96 ? DeputyStatus.Ended : DeputyStatus.Current,
            }).ToList();
            tx.Db.TermDeputies.AddRange(deputies);
            tx.Save();
            var deadlines = term.Deadlines();
            for (var i = 0; i < shape.Suggestions; i++)
            {
                var author = deputies[rng.Next(deputies.Count)];
                var suggestion = new Suggestion
                {
                    TermId = term.Id, Number = $"{i + 1:000}", Title = $"关于{Topics[rng.Next(Topics.Length)]}的建议",
                    Content = "群众反映强烈，建议有关部门研究解决。", TermDeputyId = author.Id, StationId = author.StationId, SubmittedAt = now,
                    CoSigners = [.. Enumerable.Range(0, rng.Next(4)).Select(_ => deputies[rng.Next(deputies.Count)].Id)
                        .Where(id => id != author.Id).Distinct().Select(id => new SuggestionSigner { TermDeputyId = id })],
                };
                if (rng.Next(100) < 95) Handle(suggestion, departments, deadlines, today, rng);
                tx.Db.Suggestions.Add(suggestion);
            }
            tx.Save();
            AuditTrail.Record(tx, Actor.Server, now, AuditAction.DemoSeeded,
                $"生成届“{name}”：代表{shape.Deputies}名、代表联络站{shape.Stations}个、承办单位{shape.Departments}个、建议{shape.Suggestions}件");
            return term.Id;
        });

    /// <summary>Assigned some time in the last ten months; answered, rated and re-handled as far as today allows.</summary>
    private static void Handle(Suggestion suggestion, List<Department> departments, Tally.BetweenSittings.AnswerDeadlines deadlines, DateOnly today, Random rng)
    {
        var lead = departments[rng.Next(departments.Count)];
        suggestion.LeadDepartmentId = lead.Id;
        suggestion.Difficult = rng.Next(10) == 0;
        if (rng.Next(4) == 0)
            suggestion.CoDepartments = [new SuggestionCoDepartment { DepartmentId = departments[(departments.IndexOf(lead) + 1) % departments.Count].Id }];
        var assignedOn = today.AddDays(-rng.Next(20, 300));
        var round = new SuggestionRound { Round = 1, AssignedOn = assignedOn, DueOn = deadlines.FirstDue(assignedOn, suggestion.Difficult) };
        suggestion.Rounds = [round];
        while (true)
        {
            var answeredOn = round.AssignedOn.AddDays(rng.Next(10, round.Round == 1 ? 110 : 40));
            if (answeredOn > today || rng.Next(100) < 8) return;
            var answerClass = rng.Next(100) switch { < 50 => AnswerClassCode.A, < 85 => AnswerClassCode.B, _ => AnswerClassCode.C };
            (round.AnsweredOn, round.AnswerClass, round.Answer, round.AnsweredBy) = (answeredOn, answerClass, "已研究办理，答复如下。", lead.Name);
            var ratedOn = answeredOn.AddDays(rng.Next(1, 20));
            if (ratedOn > today || rng.Next(100) < 15) return;
            var rating = rng.Next(100) switch
            {
                < 75 => HandlingRatingCode.Satisfied,
                < 92 => HandlingRatingCode.BasicallySatisfied,
                _ => HandlingRatingCode.Dissatisfied,
            };
            (round.RatedOn, round.Rating, round.Comment) = (ratedOn, rating, rating == HandlingRatingCode.Dissatisfied ? "答复未解决实际问题。" : null);
            if (rating != HandlingRatingCode.Dissatisfied || round.Round == 2) return;
            round = new SuggestionRound { Round = 2, AssignedOn = ratedOn, DueOn = deadlines.RehandleDue(ratedOn) };
            suggestion.Rounds.Add(round);
        }
    }

    private static string PersonName(int i) =>
        $"{Surnames[i % Surnames.Length]}{Given[i / Surnames.Length % Given.Length]}{(i / (Surnames.Length * Given.Length) > 0 ? Given[(i * 7) % Given.Length].ToString() : "")}";
}
