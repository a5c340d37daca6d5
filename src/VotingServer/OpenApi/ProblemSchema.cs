using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.OpenApi;

/// <summary>The schema of every error body: a ProblemDetails whose "code" is one of <see cref="ErrorCodes"/>.</summary>
public static class ProblemSchema
{
    public const string Name = "VenueProblem";

    private static readonly IReadOnlyList<string> AllCodes = WireConstants.Of(typeof(ErrorCodes));

    public static OpenApiSchema Create() => new()
    {
        Type = JsonSchemaType.Object,
        Description =
            "An error (RFC 9457 ProblemDetails). Programs branch on code; title is the Chinese message for people.",
        Required = new HashSet<string> { "status", "title", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A link to the HTTP status's definition."),
            ["title"] = Text("What went wrong, in Simplified Chinese, to show as it is."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "The HTTP status." },
            ["code"] = Codes(AllCodes, "The stable error code."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "roster-invalid only: the rows of the roster file that are wrong ({ row, message }).",
                Items = new OpenApiSchema { Type = JsonSchemaType.Object },
            },
            ["traceId"] = Text("The request's trace id, as in the server's log."),
        },
    };

    /// <summary>The problem schema narrowed to the codes one response of one endpoint can carry.</summary>
    public static IOpenApiSchema WithCodes(OpenApiDocument document, IReadOnlyList<string> codes) => new OpenApiSchema
    {
        AllOf =
        [
            new OpenApiSchemaReference(Name, document),
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema> { ["code"] = Codes(codes, null) },
            },
        ],
    };

    private static OpenApiSchema Codes(IEnumerable<string> codes, string? description) => new()
    {
        Type = JsonSchemaType.String,
        Description = description,
        Enum = codes.Select(c => (JsonNode)JsonValue.Create(c)).ToList(),
    };

    private static OpenApiSchema Text(string description) =>
        new() { Type = JsonSchemaType.String, Description = description };
}
