using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Demo;

/// <summary>
/// A township sitting as the 恒口 and 渠沟 reports describe: 45 deputies, motions on the 票决办法 and the scrutineers,
/// two batches of 民生实事项目票决, a 满意度测评 of 11 departments, and the 民主测评 / 述职评议 of the 恒口 report:
/// 4 deputy town heads, 12 department heads and 24 district deputies.
/// </summary>
internal static class DemoSitting
{
    public const string Name = "恒口镇第二十届人民代表大会第三次会议";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高"];
    private static readonly string[] GivenNames = ["建国", "秀英", "志强", "丽华", "海涛", "春梅", "明", "芳", "国庆", "玉兰", "永红", "德胜", "小燕", "文斌", "桂芝"];
    private static readonly string[] Delegations = ["第一代表组", "第二代表组", "第三代表组", "第四代表组", "第五代表组"];

    public static string RosterCsv()
    {
        var lines = new List<string> { "姓名,代表证号,代表团/组,状态,请假" };
        for (var i = 0; i < 45; i++)
        {
            var name = Surnames[i % Surnames.Length] + GivenNames[(i * 7 + i / Surnames.Length) % GivenNames.Length];
            lines.Add($"{name},HK{i + 1:000},{Delegations[i % Delegations.Length]},在任,{(i == 44 ? "是" : "否")}");
        }
        return string.Join('\n', lines);
    }

    /// <summary>The agenda: the 办法 and the scrutineers first, then the 票决 in two batches, then the appraisals.</summary>
    public static IEnumerable<CreateBallotRequest> Agenda() =>
    [
        new("关于通过《恒口镇民生实事项目人大代表票决办法》的决定", Kind: BallotKind.Motion),
        new("通过本次会议总监票人、监票人名单", Kind: BallotKind.Motion),
        new("2027年度民生实事项目票决（第一批）", Places: 3, Items:
        [
            new("危桥改造项目", "吕庄桥等七座桥梁的拆除重建、维修，方便群众出行。", 300m, "镇交通运输管理站"),
            new("农村道路亮灯项目", "安装太阳能路灯1200盏，照亮村民夜晚出行道路。", 350m, "镇农业综合服务站"),
            new("3500亩优质油菜种植项目", "推广优质油菜品种，配套机耕道与灌溉设施。", 180m, "镇农业农村办"),
            new("宜居农房建设及环境提升项目", "改造农房外立面，整治村庄人居环境。", 420m, "镇规划建设办"),
            new("集镇污水管网改造项目", "新建和改造集镇污水管网约6公里。", 500m, "镇生态环境办"),
        ]),
        new("2027年度民生实事项目票决（第二批）", Kind: BallotKind.ProjectApproval, Places: 2, Items:
        [
            new("村级卫生室标准化建设项目", "改造提升8个村级卫生室。", 160m, "镇卫生院"),
            new("中小学饮水安全提升项目", "为辖区6所中小学安装净水设备。", 90m, "镇中心学校"),
        ]),
        new("政府工作部门专题询问满意度测评", Kind: BallotKind.Satisfaction, Items: [.. Departments.Take(11).Select(d => new NewItem(d, Group: "政府工作部门"))]),
        new("副镇长及政府工作部门负责人履职情况民主测评", Kind: BallotKind.Appraisal, Scale: AppraisalScales.Competence, Items:
        [
            .. Enumerable.Range(0, 4).Select(i => new NewItem($"{Surnames[i + 5]}{GivenNames[i + 3]}", Group: "副镇长")),
            .. Departments.Select((d, i) => new NewItem($"{Surnames[(i + 2) % Surnames.Length]}{GivenNames[(i * 4 + 1) % GivenNames.Length]}（{d}负责人）", Group: "部门负责人")),
        ]),
        new("区人大代表述职评议", Kind: BallotKind.Appraisal, Scale: AppraisalScales.Satisfaction, Items:
            [.. Enumerable.Range(0, 24).Select(i => new NewItem($"区人大代表{Surnames[i % 15]}{GivenNames[(i / 15 * 7 + i * 2) % 15]}", Group: "汉滨区人大代表"))]),
    ];

    private static readonly string[] Departments =
    [
        "经济发展办", "社会事务办", "农业综合服务站", "财政所", "规划建设办", "生态环境办",
        "应急管理办", "综合执法队", "退役军人服务站", "便民服务中心", "社会治安综合治理中心", "文化旅游服务中心",
    ];
}
