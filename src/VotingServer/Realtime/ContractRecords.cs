using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.OpenApi;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>
/// JSON Schemas of the wire records of src/Contracts: each record once, in $defs, referred to wherever it is used;
/// a string property that holds one of a closed set of codes lists them.
/// </summary>
public sealed class ContractRecords
{
    private readonly JsonSerializerOptions options;
    private readonly SortedDictionary<string, JsonNode?> definitions = new(StringComparer.Ordinal);
    private readonly Queue<Type> pending = new();
    private readonly JsonSchemaExporterOptions exporter;

    public ContractRecords(JsonSerializerOptions options)
    {
        this.options = options;
        exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
    }

    /// <summary>The schema of a value of <paramref name="type"/>: a reference for a record, inline for anything else.</summary>
    public JsonNode Schema(Type type) => IsRecord(type) ? Reference(type) : options.GetJsonSchemaAsNode(type, exporter);

    public JsonObject Definitions()
    {
        while (pending.TryDequeue(out var type)) definitions[type.Name] = options.GetJsonSchemaAsNode(type, exporter);
        return new JsonObject(definitions.Select(d => KeyValuePair.Create(d.Key, d.Value)));
    }

    private JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var nullable = schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");
        if (context.PropertyInfo is { } property
            && ClosedSets.Of(property.DeclaringType, property.Name) is { } set && schema is JsonObject text)
        {
            JsonNode?[] values = [.. set.Select(v => (JsonNode?)v)];
            text["enum"] = new JsonArray(nullable ? [.. values, null] : values);
        }
        if (context.Path.IsEmpty || !IsRecord(context.TypeInfo.Type)) return schema;
        var reference = Reference(context.TypeInfo.Type);
        return nullable ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) }
            : reference;
    }

    private JsonObject Reference(Type type)
    {
        if (!definitions.ContainsKey(type.Name) && !pending.Contains(type)) pending.Enqueue(type);
        return new JsonObject { ["$ref"] = "#/$defs/" + type.Name };
    }

    private static bool IsRecord(Type type) => type.Assembly == typeof(IVenueClient).Assembly && type.IsClass;
}
