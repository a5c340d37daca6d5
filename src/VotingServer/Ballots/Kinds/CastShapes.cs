using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.VotingServer.Errors;

namespace PeoplesCongress.VotingServer.Ballots.Kinds;

/// <summary>The two shapes a cast takes: items marked (select up to N), or one option chosen per item.</summary>
public static class CastShapes
{
    /// <summary>Select up to N: the chosen items in <see cref="CastRequest.Marks"/>.</summary>
    public static string Marks(OpenBallot ballot, CastRequest request)
    {
        if (request.Marks is not { } marks || request.Choices is { Count: > 0 }) throw VenueErrors.Malformed("本表决应勾选项目（marks）");
        if (marks.Distinct().Count() != marks.Count) throw VenueErrors.Malformed("同一项目被重复选择");
        if (marks.Any(m => !ballot.ItemIds.Contains(m))) throw VenueErrors.UnknownItem();
        // Refused, not recorded: the deputy corrects the ballot and sends it again.
        if (marks.Count > ballot.Places) throw VenueErrors.TooManyMarks(ballot.Places);
        return BoxChoices.Encode(marks);
    }

    /// <summary>One option per item in <see cref="CastRequest.Choices"/>; an item left out is not marked.</summary>
    public static string Choices(OpenBallot ballot, CastRequest request)
    {
        if (request.Choices is not { } choices || request.Marks is { Count: > 0 }) throw VenueErrors.Malformed("本表决应对每一项作出选择（choices）");
        if (choices.Any(c => c is null)) throw VenueErrors.Malformed("选择内容不完整");
        if (choices.Select(c => c.ItemId).Distinct().Count() != choices.Count) throw VenueErrors.Malformed("同一项目或对象被选择了多次");
        if (choices.Any(c => !ballot.ItemIds.Contains(c.ItemId))) throw VenueErrors.UnknownItem();
        return BoxChoices.Encode(choices.Select(c => (c.ItemId,
            BallotOptions.Parse(c.Option, ballot.Options) ?? throw VenueErrors.Malformed($"选项“{c.Option}”无效"))));
    }
}
