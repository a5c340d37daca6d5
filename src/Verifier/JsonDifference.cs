using System.Text.Json.Nodes;

namespace PeoplesCongress.Verifier;

/// <summary>Where two JSON documents first differ, as a path such as <c>items[0].counts[1].count</c>.</summary>
public static class JsonDifference
{
    public static string? First(JsonNode? left, JsonNode? right, string path = "")
    {
        switch (left, right)
        {
            case (JsonObject a, JsonObject b):
                foreach (var name in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
                {
                    if (First(a[name], b[name], path.Length == 0 ? name : $"{path}.{name}") is { } inner) return inner;
                }
                return null;
            case (JsonArray a, JsonArray b):
                if (a.Count != b.Count) return $"{path}（{a.Count} / {b.Count}）";
                for (var i = 0; i < a.Count; i++)
                {
                    if (First(a[i], b[i], $"{path}[{i}]") is { } inner) return inner;
                }
                return null;
            default:
                return JsonNode.DeepEquals(left, right) ? null : Describe(path, left, right);
        }
    }

    private static string Describe(string path, JsonNode? left, JsonNode? right) =>
        $"{(path.Length == 0 ? "(root)" : path)}: {left?.ToJsonString() ?? "null"} ≠ {right?.ToJsonString() ?? "null"}";
}
