using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Roster;

/// <summary>The header names a roster file may use for each column, and the words it may use for a status.</summary>
internal static class RosterColumns
{
    public static readonly (string Field, string Label, bool Required, string[] Names)[] All =
    [
        ("name", "姓名", true, ["姓名", "代表姓名", "name"]),
        ("number", "代表证号", true, ["代表证号", "代表编号", "编号", "number"]),
        ("delegation", "代表团/组", false, ["代表团/组", "代表团", "代表组", "所在代表团", "delegation", "group"]),
        ("status", "状态", false, ["状态", "代表状态", "status"]),
        ("leave", "请假", false, ["请假", "leave"]),
        // A term's register (届代表名册) groups deputies into stations; a sitting's roster ignores the column.
        ("station", "代表联络站", false, ["代表联络站", "联络站", "所在联络站", "station"]),
    ];

    public static DeputyStatus? ParseStatus(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "在任" or "正常" or "current" => DeputyStatus.Current,
        "暂停" or "暂停执行职务" or "暂停执行代表职务" or "suspended" => DeputyStatus.Suspended,
        "终止" or "资格终止" or "代表资格终止" or "ended" => DeputyStatus.Ended,
        _ => null,
    };

    public static bool? ParseLeave(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "否" or "no" or "false" or "0" => false,
        "是" or "请假" or "yes" or "true" or "1" => true,
        _ => null,
    };
}
