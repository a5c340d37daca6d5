using System.Text.Json;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.TestSupport;

/// <summary>Results hold lists, which records compare by reference; compare them as their JSON instead.</summary>
public sealed class ResultComparer : IEqualityComparer<BallotResultView>
{
    public static readonly ResultComparer Instance = new();

    public bool Equals(BallotResultView? x, BallotResultView? y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);

    public int GetHashCode(BallotResultView obj) => JsonSerializer.Serialize(obj).GetHashCode();
}
