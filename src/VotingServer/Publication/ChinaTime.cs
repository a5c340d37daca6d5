namespace PeoplesCongress.VotingServer.Publication;

/// <summary>Times on notices are written as the hall reads them: China Standard Time, 2026年11月26日 14:05.</summary>
public static class ChinaTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>The day it is in China at <paramref name="time"/>: deadlines between sittings are counted in China's days.</summary>
    public static DateOnly Date(DateTimeOffset time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, Zone).DateTime);

    public static string Format(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Zone).ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A day as a report writes it, in Arabic numerals (GB/T 9704): 2027年12月31日.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The date as an official notice writes it under its issuer: 二〇二六年十二月三日.</summary>
    public static string OfficialDate(DateTimeOffset time)
    {
        var local = TimeZoneInfo.ConvertTime(time, Zone);
        var year = string.Concat(local.Year.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => Digits[d - '0']));
        return $"{year}年{Number(local.Month)}月{Number(local.Day)}日";
    }

    /// <summary>1–99 in words: 三, 十, 十二, 二十, 三十一 (a day of the month, a report's section).</summary>
    internal static string Number(int n) => n switch
    {
        < 10 => Digits[n].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n % 10],
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString()),
    };
}
