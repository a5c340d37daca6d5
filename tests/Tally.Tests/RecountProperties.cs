using System.Text.Json;
using FsCheck.Xunit;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;

namespace PeoplesCongress.Tally.Tests;

/// <summary>
/// A verifier's recount of a published box (<see cref="ResultCount.Recount"/>) for every kind: the box as published
/// gives the published record again, in any order; any other box gives what the count of that box is, and the
/// comparison names each figure that differs.
/// </summary>
[Properties(Arbitrary = [typeof(CertifiedArbitraries)], MaxTest = 400)]
public class RecountProperties
{
    [Property]
    public bool ThePublishedBoxRecountsToThePublishedRecord(CertifiedBox box)
    {
        var published = box.Published;
        var recounted = ResultCount.Recount(published, box.Box.Choices, box.Previous);
        return Json(recounted) == Json(published) && ResultComparison.Differences(published, recounted).Count == 0;
    }

    [Property]
    public bool AnyOtherBoxRecountsToItsOwnCountAndEveryDifferenceIsNamed(HandedBox handed)
    {
        var original = handed.Original;
        var published = original.Published;
        var recounted = ResultCount.Recount(published, handed.Box, original.Previous);
        var counted = ResultCount.Calculate(original.Ballot, original.Box with { Choices = handed.Box }, original.Previous, CertifiedBox.ClosedAt);
        var differences = ResultComparison.Differences(published, recounted);
        return Json(recounted) == Json(counted)
            && (differences.Count == 0) == (Json(recounted) == Json(published))
            && differences.All(d => d.Figure != "record" && d.Chinese.Contains("：公告 ") && d.English.Contains(": published "))
            && (handed.Change != "shuffled" || differences.Count == 0)
            && (handed.Change == "shuffled" || handed.Change == "changed" || differences.Any(d => d.Figure == "returned"));
    }

    [Property]
    public bool WhatTheCountDoesNotProduceStandsAsPublished(CertifiedBox box)
    {
        var decided = new DateTimeOffset(2026, 3, 5, 11, 0, 0, TimeSpan.Zero);
        var published = ResultCount.Calculate(box.Ballot, box.Box, box.Previous, CertifiedBox.ClosedAt, CountMethods.ByHand, "设备故障，改用纸质选票") with
        {
            Decision = new PresidiumDecisionView(ShortfallDecisions.LeaveShort, "主席团决定", null, decided),
            GradeDecisions = [new GradeDecisionView(box.Ballot.Items[0].Id, ChoiceOption.Satisfied, "满意", "主席团决定", decided)],
        };
        var recounted = ResultCount.Recount(published, box.Box.Choices, box.Previous);
        return Json(recounted) == Json(published) && recounted.Announcement.EndsWith(ResultCount.ByHandSentence, StringComparison.Ordinal);
    }

    private static string Json(BallotResultView result) => JsonSerializer.Serialize(result);
}
