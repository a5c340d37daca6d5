using System.Text.Json;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;

namespace PeoplesCongress.Verifier;

/// <summary>
/// The box recounted with the rules of src/Tally (<see cref="ResultCount.Recount"/>, the code the server counts with)
/// and compared with the count record figure by figure (<see cref="ResultComparison"/>), the announcement included.
/// </summary>
public static class Recount
{
    private const string Name = "recount";

    public static Finding Check(PublicationBundle bundle, bool byHand)
    {
        if (byHand)
            return Finding.Skip(Name, "本次表决以人工计票结果为准，不重新计算票箱", "This ballot was counted by hand: the box is not recounted");
        BallotResultView published;
        BallotResultView? previous;
        try
        {
            published = JsonSerializer.Deserialize<BallotResultView>(bundle.CountRecord, BundleFile.Json)!;
            previous = bundle.PreviousRound is { } earlier ? JsonSerializer.Deserialize<BallotResultView>(earlier, BundleFile.Json) : null;
        }
        catch (JsonException)
        {
            return Finding.Fail(Name, "count-record-unreadable", "计票记录无法按结果格式读取", "The count record cannot be read as a result");
        }
        if (published.PreviousBallotId is not null && previous is null)
            return Finding.Fail(Name, "recount-previous-round-missing", "本轮表决接续上一轮，但数据包中没有上一轮的计票记录",
                "This round completes an earlier one, but the bundle lacks the earlier round's count record");
        BallotResultView recounted;
        try { recounted = ResultCount.Recount(published, bundle.Box, previous); }
        catch (Exception ex) when (ex is JsonException or ArgumentException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            return Finding.Fail(Name, "recount-box-unreadable", $"票箱中有无法按本次表决读取的选票：{ex.Message}",
                $"The box holds a ballot that cannot be read for this ballot: {ex.Message}");
        }
        var differences = ResultComparison.Differences(published, recounted);
        return differences.Count == 0
            ? Finding.Pass(Name, $"按 src/Tally 的计票规则重新计算票箱中的 {bundle.Box.Count} 张选票，每个数字和公告文字都与计票记录相同",
                $"Recounting the {bundle.Box.Count} ballots of the box by the rules of src/Tally gives every figure and the announcement of the count record")
            : Finding.Fail(Name, "recount-mismatch", $"重新计票与计票记录不一致：{string.Join("；", differences.Select(d => d.Chinese))}",
                $"The recount differs from the count record: {string.Join("; ", differences.Select(d => d.English))}");
    }
}
