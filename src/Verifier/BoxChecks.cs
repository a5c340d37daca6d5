using System.Text.Json.Nodes;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Records;
using static PeoplesCongress.Verifier.BundleVerifier;

namespace PeoplesCongress.Verifier;

/// <summary>The box against the record: its Merkle root, its size, and one tracking code per ballot returned.</summary>
internal static class BoxChecks
{
    internal static Finding BoxRoot(PublicationBundle bundle, JsonNode notice, JsonNode record)
    {
        const string check = "box-root";
        var stated = Text(record["boxRoot"]);
        if (stated is null) return Finding.Fail(check, "box-root-missing", "计票记录没有票箱校验值", "The count record carries no box root");
        var actual = BoxCommitment.Root(bundle.Box);
        if (!string.Equals(stated, actual, StringComparison.OrdinalIgnoreCase))
            return Finding.Fail(check, "box-root-mismatch",
                $"由数据包中的票箱算出的票箱校验值 {Short(actual)} 不是计票记录所载的 {Short(stated)}：有选票被改动、调换、增加或删除",
                $"The box root recomputed from the bundle's box is {Short(actual)}, not {Short(stated)} as on the count record: a ballot was changed, moved, added or removed");
        if (Text(notice["boxRoot"]) is { } onNotice && !string.Equals(onNotice, stated, StringComparison.OrdinalIgnoreCase))
            return Finding.Fail(check, "box-root-mismatch", $"公告所载票箱校验值 {Short(onNotice)} 不是计票记录的 {Short(stated)}",
                $"The notice's box root {Short(onNotice)} is not the count record's {Short(stated)}");
        return Finding.Pass(check, $"票箱校验值 {Short(actual)} 由 {bundle.Box.Count} 张选票重新算出，与计票记录相符",
            $"The box root {Short(actual)}, recomputed from {bundle.Box.Count} ballots, matches the count record");
    }

    internal static IEnumerable<Finding> BoxSize(PublicationBundle bundle, JsonNode record, bool byHand)
    {
        const string check = "box-size";
        if (byHand)
        {
            yield return Finding.Skip(check, "本次表决以人工计票结果为准：票数来自纸质选票，不由票箱核对",
                "This ballot was counted by hand: its figures come from paper ballots, not from the box");
            yield break;
        }
        var returned = record["returned"]?.GetValue<int>() ?? -1;
        var box = bundle.Box.Count;
        yield return box == returned
            ? Finding.Pass(check, $"票箱中有 {box} 张选票，等于收回票数", $"The box holds {box} ballots, the number returned")
            : box < returned
                ? Finding.Fail(check, "box-too-few", $"票箱中只有 {box} 张选票，计票记录收回 {returned} 张：有选票被删除",
                    $"The box holds {box} ballots but the record says {returned} were returned: ballots were removed")
                : Finding.Fail(check, "box-too-many", $"票箱中有 {box} 张选票，计票记录收回 {returned} 张：有选票被加入",
                    $"The box holds {box} ballots but the record says {returned} were returned: ballots were added");
        const string codes = "tracking-codes";
        var distinct = bundle.TrackingCodes.Distinct(StringComparer.Ordinal).Count();
        if (distinct != bundle.TrackingCodes.Count)
            yield return Finding.Fail(codes, "tracking-codes-duplicate", $"查验码有重复（{bundle.TrackingCodes.Count} 个中只有 {distinct} 个不同）",
                $"Tracking codes repeat ({distinct} distinct of {bundle.TrackingCodes.Count})");
        else if (distinct != returned)
            yield return Finding.Fail(codes, "tracking-codes-count", $"查验码有 {distinct} 个，计票记录收回 {returned} 张",
                $"There are {distinct} tracking codes but {returned} ballots returned");
        else
            yield return Finding.Pass(codes, $"{distinct} 个查验码互不相同，与收回票数相等", $"{distinct} distinct tracking codes, one per ballot returned");
    }
}
