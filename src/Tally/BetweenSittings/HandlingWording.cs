namespace PeoplesCongress.Tally.BetweenSittings;

// RULES.md glossary: the words of the handling of suggestions and of 民生实事 between sittings, in one place.
public static class HandlingWording
{
    public static string Of(AnswerClass c) => c switch
    {
        AnswerClass.A => "A类（已解决或采纳）",
        AnswerClass.B => "B类（正在解决或列入计划）",
        _ => "C类（因条件限制暂不能解决，留作参考）",
    };

    public static string Of(HandlingRating r) => r switch
    {
        HandlingRating.Satisfied => "满意",
        HandlingRating.BasicallySatisfied => "基本满意",
        _ => "不满意",
    };

    public static string Of(ProjectProgress p) => p switch
    {
        ProjectProgress.OnSchedule => "按计划推进",
        ProjectProgress.Behind => "进度滞后",
        ProjectProgress.Delivered => "已完成",
        _ => "逾期完成",
    };

    // The group of suggestions that name no 联络站.
    public static string NoStation => "未注明联络站";
}
