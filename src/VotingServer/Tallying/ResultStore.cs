using System.Text.Json;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tallying;

/// <summary>Results are stored as the JSON of the wire shape; a presidium decision is kept beside, never inside.</summary>
public static class ResultStore
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = ReadableJson.Encoder };

    public static string Write(BallotResultView result) => JsonSerializer.Serialize(result, Json);

    public static string Write(PresidiumDecisionView decision) => JsonSerializer.Serialize(decision, Json);

    public static BallotResultView? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<BallotResultView>(json, Json);

    public static string Write(IReadOnlyList<GradeDecisionView> decisions) => JsonSerializer.Serialize(decisions, Json);

    /// <summary>The certified result with the presidium's decisions recorded beside it since.</summary>
    public static BallotResultView? Read(Infrastructure.Ballot ballot) =>
        Read(ballot.ResultJson) is { } result
            ? result with
            {
                Decision = ballot.DecisionJson is null ? null : JsonSerializer.Deserialize<PresidiumDecisionView>(ballot.DecisionJson, Json),
                GradeDecisions = ballot.GradeDecisionsJson is null ? null : JsonSerializer.Deserialize<List<GradeDecisionView>>(ballot.GradeDecisionsJson, Json),
            }
            : null;
}
