using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PeoplesCongress.VotingServer.OpenApi;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, committed as docs/openapi.json: every operation gets its summary, who
/// may call it, and its error responses as <see cref="ProblemSchema"/> bodies listing the codes it can give.
/// </summary>
public static class VenueOpenApi
{
    public const string SecurityScheme = "credential";

    public static IServiceCollection AddVenueOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                Describe(document);
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer((schema, context, _) =>
            {
                ListClosedSet(schema, context.JsonPropertyInfo);
                Bound(schema, context.JsonPropertyInfo);
                return Task.CompletedTask;
            });
        });

    /// <summary>A string property that holds one of a closed set of codes lists them (<see cref="ClosedSets"/>).</summary>
    private static void ListClosedSet(OpenApiSchema schema, System.Text.Json.Serialization.Metadata.JsonPropertyInfo? property)
    {
        if (property is null || ClosedSets.Of(property.DeclaringType, property.Name) is not { } values) return;
        schema.Enum = [.. values.Select(v => (System.Text.Json.Nodes.JsonNode)v)];
        // A property that may be null lists null among its values, as the hub schema does.
        if (schema.Type?.HasFlag(JsonSchemaType.Null) == true) schema.Enum.Add(null!);
    }

    /// <summary>A bounded property states its limit (<see cref="FieldLimits"/>): maxLength for text, else maxItems or maxProperties.</summary>
    private static void Bound(OpenApiSchema schema, System.Text.Json.Serialization.Metadata.JsonPropertyInfo? property)
    {
        if (property is null || FieldLimits.Of(property.DeclaringType, property.Name) is not { } limit) return;
        if (property.PropertyType == typeof(string)) schema.MaxLength = limit;
        else if (schema.Type?.HasFlag(JsonSchemaType.Array) == true) schema.MaxItems = limit;
        else schema.MaxProperties = limit;
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "PeoplesCongress venue server",
            Version = "v1",
            Description = "HTTP endpoints of the venue server. The hub at /hubs/venue, the rules and the examples are in "
                + "docs/protocol.md; the hub's messages are in docs/hub-schema.json.",
        };
        // The address the document was fetched from is the caller's business, and would make the file differ per run.
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema.Name] = ProblemSchema.Create();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The credential code (凭证码) printed on a credential: \"Authorization: Bearer <code>\".",
        };
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                if (EndpointCatalogue.Entries.TryGetValue($"{method.Method.ToUpperInvariant()} {path}", out var doc))
                    Describe(document, operation, method.Method == "GET" ? doc : doc.Writing());
            }
        }
    }

    /// <summary>Text for pages, bytes for files; a JSON document is left without a schema.</summary>
    private static OpenApiSchema? Body(string mediaType) => mediaType switch
    {
        "application/json" => null,
        _ when mediaType.StartsWith("text/", StringComparison.Ordinal) => new() { Type = JsonSchemaType.String },
        _ => Binary(),
    };

    private static OpenApiSchema Binary() => new() { Type = JsonSchemaType.String, Format = "binary" };

    private static void Describe(OpenApiDocument document, OpenApiOperation operation, EndpointDoc doc)
    {
        operation.Summary = doc.Summary;
        operation.Description = doc.Who is null ? "Public: no credential." : $"Credential: {doc.Who}.";
        if (doc.Who is not null)
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, document)] = [] }];
        operation.Responses ??= new OpenApiResponses();
        if (doc.Returns is { } returns && operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
            success.Content = new Dictionary<string, OpenApiMediaType> { [returns] = new() { Schema = Body(returns) } };
        if (doc.AcceptsFile is { } files)
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true, Content = files.ToDictionary(f => f, _ => new OpenApiMediaType { Schema = Binary() }),
            };
        foreach (var status in doc.AllErrors.GroupBy(e => e.Status).OrderBy(g => g.Key))
        {
            var codes = status.Select(e => e.Code).ToList();
            operation.Responses[status.Key.ToString()] = new OpenApiResponse
            {
                Description = string.Join(", ", codes),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = ProblemSchema.WithCodes(document, codes) },
                },
            };
        }
    }
}
