using PeoplesCongress.Contracts;

namespace PeoplesCongress.LoadTests;

/// <summary>The ballots the scenarios put to the tablets, one of each kind, worded as at a township sitting.</summary>
internal static class Agenda
{
    public static readonly CreateBallotRequest ProjectSelection = new("2027年度民生实事项目票决（负载测试）", Places: 3, Items:
    [
        new("危桥改造项目", "七座桥梁拆除重建、维修", 300m, "镇交通运输管理站"),
        new("农村道路亮灯项目", "太阳能路灯1200盏", 350m, "镇农业综合服务站"),
        new("3500亩优质油菜种植项目", "优质油菜种植", 180m, "镇农业农村办"),
        new("宜居农房建设及环境提升项目", "农房改造", 420m, "镇规划建设办"),
        new("集镇污水管网改造项目", "污水管网6公里", 500m, "镇生态环境办"),
    ]);

    public static readonly CreateBallotRequest ProjectApproval = new("2027年度民生实事项目逐项表决（负载测试）",
        Kind: BallotKind.ProjectApproval, Places: 2, Items:
        [
            new("集镇停车场建设项目", "新建停车位200个", 260m, "镇规划建设办"),
            new("农村饮水巩固提升项目", "改造供水管网", 310m, "镇水利站"),
            new("村级养老服务站项目", "新建养老服务站3处", 150m, "镇社会事务办"),
        ]);

    public static readonly CreateBallotRequest Satisfaction = new("2026年度镇政府部门满意度测评（负载测试）",
        Kind: BallotKind.Satisfaction, Items:
        [
            .. new[]
            {
                "镇党政综合办公室", "镇经济发展办公室", "镇财政所", "镇农业综合服务站", "镇社会事务办公室", "镇规划建设办公室",
                "镇生态环境办公室", "镇综合行政执法大队", "镇退役军人服务站", "镇便民服务中心", "镇应急管理办公室",
            }.Select(name => new NewItem(name, Group: "政府部门")),
        ]);

    public static readonly CreateBallotRequest Appraisal = new("副镇长述职评议（负载测试）",
        Kind: BallotKind.Appraisal, Scale: AppraisalScales.Competence, Items:
        [
            new("王志强", Group: "副镇长"), new("李晓梅", Group: "副镇长"), new("陈建华", Group: "副镇长"), new("赵国庆", Group: "副镇长"),
        ]);

    public static readonly CreateBallotRequest Motion = new("关于批准2027年度镇财政预算的决议（负载测试）", Kind: BallotKind.Motion);
}
