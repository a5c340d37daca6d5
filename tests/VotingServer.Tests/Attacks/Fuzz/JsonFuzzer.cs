using System.Text;
using System.Text.Json.Nodes;

namespace PeoplesCongress.VotingServer.Tests.Attacks.Fuzz;

/// <summary>
/// Writes JSON text for a JSON Schema, breaking it on purpose: wrong types, nulls, missing and unknown fields,
/// edge-case numbers and strings, huge arrays and strings, deep nesting. Reads $ref from the document it is given
/// (OpenAPI components or the hub schema's $defs). <paramref name="ids"/> are real ids to use for integers.
/// </summary>
public sealed class JsonFuzzer(Random random, JsonNode document, IReadOnlyList<int> ids)
{
    public const int HugeArray = 100_000;
    private const int MaxDepth = 6;

    public string Value(JsonNode? schema, int depth = 0)
    {
        schema = Resolve(schema);
        var roll = random.Next(100);
        if (roll < 2) return Huge();
        if (roll < 3) return DeepNesting();
        if (roll < 20 || schema is null || depth > MaxDepth) return Wrong();
        if (schema["enum"] is JsonArray choices && random.Next(3) > 0)
            return choices[random.Next(choices.Count)]?.ToJsonString() ?? "null";
        if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray alternatives)
            return Value(alternatives[random.Next(alternatives.Count)], depth + 1);
        return TypeOf(schema) switch
        {
            "object" => Object(schema, depth),
            "array" => Array(schema["items"], depth),
            "integer" => random.Next(3) == 0 ? Pick(EdgeValues.Numbers)
                : $"{(ids.Count > 0 && random.Next(2) == 0 ? Pick(ids) : random.Next(-2, 6))}",
            "number" => Pick(EdgeValues.Numbers),
            "boolean" => random.Next(2) == 0 ? "true" : "false",
            "null" => "null",
            "string" => random.Next(3) == 0 ? "\"测试名称\"" : Pick(EdgeValues.Strings),
            _ => Wrong(),
        };
    }

    private string Object(JsonNode schema, int depth)
    {
        var members = new List<string>();
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
            {
                if (random.Next(8) == 0) continue;
                members.Add($"\"{name}\":{Value(property, depth + 1)}");
                if (random.Next(30) == 0) members.Add($"\"{name}\":{Value(property, depth + 1)}");
            }
        }
        if (random.Next(10) == 0) members.Add($"{Pick(EdgeValues.Strings)}:{Wrong()}");
        return "{" + string.Join(',', members.OrderBy(_ => random.Next(4))) + "}";
    }

    private string Array(JsonNode? items, int depth) =>
        "[" + string.Join(',', Enumerable.Range(0, random.Next(5)).Select(_ => Value(items, depth + 1))) + "]";

    private string Wrong() => random.Next(3) switch
    {
        0 => Pick(EdgeValues.Strings),
        1 => Pick(EdgeValues.Numbers),
        _ => Pick(EdgeValues.Others),
    };

    /// <summary>100,000 elements, or a string of a million characters.</summary>
    private string Huge() => random.Next(3) switch
    {
        0 => "[" + string.Join(',', Enumerable.Repeat(Pick(["0", "null", "1", "\"x\"", "{}"]), HugeArray)) + "]",
        1 => "[" + string.Join(',', Enumerable.Range(0, HugeArray)) + "]",
        _ => "\"" + new string(Pick(['a', '代', '\u0301']), 1_000_000) + "\"",
    };

    private string DeepNesting()
    {
        var depth = Pick([65, 1_000, 20_000]);
        var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        var text = new StringBuilder(depth * 6);
        for (var i = 0; i < depth; i++) text.Append(open);
        text.Append("null");
        for (var i = 0; i < depth; i++) text.Append(close);
        return text.ToString();
    }

    private JsonNode? Resolve(JsonNode? schema)
    {
        for (var hops = 0; schema?["$ref"] is JsonValue reference && hops < 8; hops++)
        {
            var path = reference.GetValue<string>().TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries);
            schema = path.Aggregate<string, JsonNode?>(document, (node, step) => node?[step]);
        }
        return schema;
    }

    private string? TypeOf(JsonNode schema) => schema["type"] switch
    {
        JsonValue single => single.GetValue<string>(),
        JsonArray several => random.Next(4) == 0 && several.Any(t => t?.GetValue<string>() == "null")
            ? "null"
            : several.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
        _ => schema["properties"] is not null ? "object" : null,
    };

    public T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
