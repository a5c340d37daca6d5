using System.Text.Json;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tallying;

/// <summary>Results are stored as the JSON of the wire shape; the presidium's decisions are rows beside, never inside.</summary>
public static class ResultStore
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = ReadableJson.Encoder };

    public static string Write(BallotResultView result) => JsonSerializer.Serialize(result, Json);

    public static BallotResultView? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<BallotResultView>(json, Json);

    /// <summary>The certified result with the presidium's decisions recorded beside it since.</summary>
    public static BallotResultView? Read(Infrastructure.Ballot ballot) =>
        Read(ballot.ResultJson) is { } result
            ? result with
            {
                Decision = ballot.ShortfallDecision is { } d ? new PresidiumDecisionView(d.Decision, d.Note, d.FollowUpBallotId, d.DecidedAt) : null,
                GradeDecisions = ballot.GradeDecisions.Count == 0 ? null : [.. ballot.GradeDecisions.OrderBy(g => g.DecidedAt).ThenBy(g => g.ItemId)
                    .Select(g => new GradeDecisionView(g.ItemId, g.Grade, g.GradeLabel, g.Note, g.DecidedAt))],
            }
            : null;
}
