using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Records;
using PeoplesCongress.VotingServer.Ballots.Kinds;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// The sentences of a 公告, the same wherever a notice is shown: the title, the formal opening (meeting, date, how the
/// vote was taken, 应到/实到), the figures and result stated once, the issuer and the date.
/// </summary>
public static class NoticeWording
{
    /// <summary>Who issues a notice unless the venue names another (setting Notices:Issuer).</summary>
    public const string DefaultIssuer = "大会主席团";

    public static string Issuer(NoticeDocument notice) =>
        string.IsNullOrWhiteSpace(notice.Issuer) ? DefaultIssuer : notice.Issuer;

    public static string RoundTitle(BallotResultView result) =>
        result.Round > 1 ? $"{result.Title}（第{result.Round}轮）" : result.Title;

    /// <summary>
    /// The opening sentence: 「XX会议于二〇二六年十二月三日采用无记名方式，使用电子表决器对“…”进行票决。应到代表45人，实到43人。」
    /// 实到 is the number of deputies the ballot was issued to (those present when it opened, or the paper ballots issued).
    /// </summary>
    public static string Opening(NoticeDocument notice)
    {
        var result = notice.Result;
        var manner = result.Secret ? "采用无记名方式" : "采用记名方式";
        var means = result.CountedBy == CountMethods.ByHand ? "以纸质选票" : "使用电子表决器";
        return $"{notice.SittingName}于{ChinaTime.OfficialDate(result.ClosedAt)}{manner}，{means}对“{RoundTitle(result)}”进行{Verb(result.Kind)}。"
            + $"应到代表{result.CurrentDeputies}人，实到{result.Issued}人。";
    }

    /// <summary>
    /// The figures and the result, once: the announcement made in the hall, without the 应到 the opening already gave.
    /// </summary>
    public static string Result(BallotResultView result)
    {
        var lead = $"应到代表{result.CurrentDeputies}人，";
        var text = result.Announcement.StartsWith(lead, StringComparison.Ordinal) ? result.Announcement[lead.Length..] : result.Announcement;
        return KindCatalog.Of(result.Kind).Grades && result.VoteValid ? WithoutTargetSentences(result, text) : text;
    }

    /// <summary>
    /// An appraisal's announcement gives every target's figures in a sentence of its own (「甲局：满意…，测评等次为满意。」);
    /// the notice's table gives them once, so the text keeps the header, points to the table, and keeps what follows
    /// the targets (who must rectify, grades left to the presidium).
    /// </summary>
    private static string WithoutTargetSentences(BallotResultView result, string text)
    {
        var kept = text;
        foreach (var item in result.Items)
        {
            var start = kept.IndexOf($"。{item.Name}：", StringComparison.Ordinal);
            var end = start < 0 ? -1 : kept.IndexOf('。', start + 1);
            if (end > start) kept = kept.Remove(start + 1, end - start);
        }
        var header = kept.IndexOf('。') + 1;
        if (header <= 0 || kept == text) return text;
        return kept[..header] + $"各{KindCatalog.Of(result.Kind).ItemNoun}的得票、得票率和测评等次见下表。" + kept[header..];
    }

    public static string Verb(BallotKind kind) => kind switch
    {
        BallotKind.ProjectSelection or BallotKind.ProjectApproval => "票决",
        BallotKind.Motion => "表决",
        _ => "测评",
    };

    /// <summary>The lines under the table: how it was counted, acts the presidium confirmed, who certified the count.</summary>
    public static List<string> Certification(NoticeDocument notice)
    {
        var result = notice.Result;
        var counted = $"计票方式：{NoticeTable.CountMethod(result)}。";
        if (result.CountNote is { } note) counted += $"说明：{note}";
        List<string> lines = [counted, .. (notice.ConfirmedActs ?? []).Select(act => act.Sentence)];
        lines.AddRange(notice.Signatures.Select(s => $"{s.Role.Title()}：{s.Name}（已于{ChinaTime.Format(s.SignedAt)}签字确认）"));
        if (notice.Tellers.Count > 0) lines.Add($"计票人：{string.Join("、", notice.Tellers)}");
        return lines;
    }

    /// <summary>
    /// The certification block (校验信息): the box root and the audit head at the count, the fingerprint of the server
    /// key that signs the notice and of each scrutineer's signing key, each as its first 16 hex digits in groups of
    /// four, to compare with the credential sheet, the big screen and the JSON document, which carries them whole.
    /// </summary>
    public static List<string> Checks(NoticeDocument notice)
    {
        List<string> lines = [];
        if (notice.BoxRoot is { } root) lines.Add($"票箱校验值：{Short(root)}");
        if (notice.AuditHead is { } head) lines.Add($"操作记录校验值：{Short(head)}");
        if (notice.ServerKeyFingerprint is { } server) lines.Add($"服务器签名密钥指纹：{Short(server)}");
        lines.AddRange(notice.Signatures.Where(s => s.KeyFingerprint is not null)
            .Select(s => $"{s.Role.Title()}{s.Name}签名密钥指纹：{Short(s.KeyFingerprint!)}"));
        return lines;
    }

    /// <summary>"1a2b 3c4d 5e6f 7a8b": the first 16 hex digits of a hash or fingerprint, in groups of four.</summary>
    public static string Short(string hex) => RecordSignatures.ShortFingerprint(hex);

    /// <summary>The notice as the secretariat previews it before publishing: the same text the PDF sets.</summary>
    public static NoticePreviewView Preview(NoticeDocument notice)
    {
        var table = NoticeTable.Of(notice.Result);
        return new NoticePreviewView(
            notice.Result.BallotId, notice.Number, notice.SittingName, $"公告（第{notice.Number}号）", Opening(notice), Result(notice.Result),
            table.Header, table.Rows, Certification(notice), Issuer(notice), ChinaTime.OfficialDate(notice.PublishedAt), Checks(notice));
    }
}
