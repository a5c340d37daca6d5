namespace PeoplesCongress.VotingServer.Publication;

/// <summary>Times on notices are written as the hall reads them: China Standard Time, 2026年11月26日 14:05.</summary>
public static class ChinaTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string Format(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Zone).ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
