using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.OpenApi;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>
/// The hub's messages as JSON Schemas, served at <see cref="Path"/> and committed as docs/hub-schema.json: every hub
/// method with its arguments, return value and error codes, every push of <see cref="IVenueClient"/>, and the records
/// they carry in $defs, exported from src/Contracts with the hub's own JSON options.
/// </summary>
public static class HubSchema
{
    public const string Path = VenueHubProtocol.Path + ".schema.json";

    public static IEndpointRouteBuilder MapHubSchema(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (IOptions<JsonHubProtocolOptions> hub, IServiceProviderIsService services) =>
            TypedResults.Text(Create(hub.Value.PayloadSerializerOptions, services).ToJsonString(Output), "application/json"));
        return app;
    }

    private static readonly JsonSerializerOptions Output = new() { WriteIndented = true, Encoder = ReadableJson.Encoder };

    public static JsonObject Create(JsonSerializerOptions hubOptions, IServiceProviderIsService services)
    {
        // The server writes every property of a record, null or not, so the schema may say which are required and
        // which may be null: the hub's options plus the records' own constructor parameters and nullable annotations.
        var options = new JsonSerializerOptions(hubOptions)
        {
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            TypeInfoResolver = hubOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver(),
        };
        var records = new ContractRecords(options);
        var methods = new JsonObject();
        foreach (var method in typeof(VenueHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                     .Where(m => m.GetBaseDefinition().DeclaringType == typeof(VenueHub)).OrderBy(m => m.MetadataToken))
        {
            var arguments = method.GetParameters().Where(p => !services.IsService(p.ParameterType));
            methods[method.Name] = new JsonObject
            {
                ["arguments"] = Arguments(records, arguments),
                ["returns"] = records.Schema(method.ReturnType.GetGenericArguments().Single()),
                ["errors"] = new JsonArray([.. HubRefusals.Of(method.Name).Select(c => (JsonNode)c)]),
            };
        }
        var pushes = new JsonObject();
        foreach (var push in typeof(IVenueClient).GetMethods().OrderBy(m => m.MetadataToken))
            pushes[push.Name] = new JsonObject { ["arguments"] = Arguments(records, push.GetParameters()) };

        return new JsonObject
        {
            ["title"] = "PeoplesCongress venue hub",
            ["description"] = "SignalR JSON protocol at " + VenueHubProtocol.Path + ". Methods are invoked by "
                + "clients and answered with their return value or with an error whose message holds [code] 中文说明; "
                + "pushes are sent by the server. Arguments travel in order, as a JSON array. The rules are in "
                + "docs/protocol.md.",
            ["hub"] = VenueHubProtocol.Path,
            ["methods"] = methods,
            ["pushes"] = pushes,
            ["errorCodes"] = new JsonArray([.. WireConstants.Of(typeof(ErrorCodes)).Select(c => (JsonNode)c)]),
            ["$defs"] = records.Definitions(),
        };
    }

    private static JsonArray Arguments(ContractRecords records, IEnumerable<ParameterInfo> parameters) =>
        [.. parameters.Select(p => (JsonNode)new JsonObject
        {
            ["name"] = p.Name, ["schema"] = records.Schema(p.ParameterType),
        })];
}
