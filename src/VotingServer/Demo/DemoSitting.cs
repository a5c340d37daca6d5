using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Demo;

/// <summary>A township sitting as the 恒口 and 渠沟 reports describe: 45 deputies, one 票决 of five projects, choose three.</summary>
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

    public static CreateBallotRequest ProjectVote() => new(
        "2027年度民生实事项目票决", 3,
        [
            new("危桥改造项目", "吕庄桥等七座桥梁的拆除重建、维修，方便群众出行。", 300m, "镇交通运输管理站"),
            new("农村道路亮灯项目", "安装太阳能路灯1200盏，照亮村民夜晚出行道路。", 350m, "镇农业综合服务站"),
            new("3500亩优质油菜种植项目", "推广优质油菜品种，配套机耕道与灌溉设施。", 180m, "镇农业农村办"),
            new("宜居农房建设及环境提升项目", "改造农房外立面，整治村庄人居环境。", 420m, "镇规划建设办"),
            new("集镇污水管网改造项目", "新建和改造集镇污水管网约6公里。", 500m, "镇生态环境办"),
        ]);
}
