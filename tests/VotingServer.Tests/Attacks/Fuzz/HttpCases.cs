using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Tests.Attacks.Fuzz;

/// <summary>One HTTP case: an endpoint of the catalogue with fuzzed path ids and body, sent as a caller it admits.</summary>
public sealed class HttpCases(FuzzTargets targets, RawHttp http)
{
    public async Task<FuzzOutcome> RunAsync(CatalogueRoutes.Route route, Random random)
    {
        var path = route.Path(name => targets.RealPathValue(name, random) switch
        {
            null => EdgeValues.UnknownIds[random.Next(EdgeValues.UnknownIds.Length)],
            var real when random.Next(10) < 7 => real,
            _ => EdgeValues.PathIds[random.Next(EdgeValues.PathIds.Length)],
        });
        var credential = CredentialFor(route, random);
        var (body, description) = Body(route, random);
        var (status, code) = await http.SendAsync(route.Method, path, credential, body);
        var failure = status >= 500 ? "a server error"
            : code == ErrorCodes.Internal ? "internal-error"
            : status >= 400 && code is null ? "a refusal without a code"
            : null;
        return new FuzzOutcome(
            route.Key, $"{status} {code}", failure is null ? null : $"{route.Key} {path} {description}: {status} {code}, {failure}");
    }

    /// <summary>A credential the endpoint admits, so that its body is really read.</summary>
    private string? CredentialFor(CatalogueRoutes.Route route, Random random)
    {
        var admitted = Permissions.Admitted(route.Doc.Who);
        var staffOnly = admitted.Contains(CallerKind.DesignatedScrutineer) && !admitted.Contains(CallerKind.Secretariat);
        CallerKind[] preferred = admitted.Contains(CallerKind.Secretariat) && random.Next(4) > 0 ? [CallerKind.Secretariat]
            : staffOnly ? [CallerKind.DesignatedScrutineer]
            : [.. admitted];
        return targets.Callers.Codes[preferred[random.Next(preferred.Length)]];
    }

    private (HttpContent? Body, string Description) Body(CatalogueRoutes.Route route, Random random)
    {
        var content = targets.OpenApi["paths"]?[route.Template]?[route.Method.Method.ToLowerInvariant()]?["requestBody"]?["content"];
        if (content?["application/json"]?["schema"] is { } schema)
        {
            return random.Next(20) switch
            {
                0 => Bytes(Garbage(random), "application/json", "garbage bytes"),
                1 => Bytes(Encoding.UTF8.GetBytes("{\"name\":\"x\"}"), "text/plain", "JSON sent as text/plain"),
                _ => Text(new JsonFuzzer(random, targets.OpenApi, targets.BallotIds).Value(schema), "application/json"),
            };
        }
        if (content is JsonObject files && files.Count > 0)
        {
            var type = files.ElementAt(random.Next(files.Count)).Key;
            return random.Next(3) == 0 ? Bytes(Garbage(random), type, "garbage file") : Text(RosterCsv(random), type);
        }
        return random.Next(2) == 0 ? (null, "no body") : Text(new JsonFuzzer(random, targets.OpenApi, []).Value(null), "application/json");
    }

    /// <summary>A roster whose rows carry edge-case text, sometimes 100,000 of them.</summary>
    private static string RosterCsv(Random random)
    {
        var rows = random.Next(50) == 0 ? JsonFuzzer.HugeArray : random.Next(1, 6);
        var text = new StringBuilder("姓名,代表证号,代表团/组,状态\n");
        for (var i = 0; i < rows; i++)
        {
            string Cell() => random.Next(3) == 0 ? EdgeValues.Strings[random.Next(EdgeValues.Strings.Length)].Trim('"') : $"代表{i}";
            text.Append($"{Cell()},{(random.Next(3) == 0 ? Cell() : $"F{i:000}")},{Cell()},{(random.Next(4) == 0 ? Cell() : "在任")}\n");
        }
        if (random.Next(5) == 0) text.Append("\"unterminated,=cmd|' /C calc'!A0,,,,,,,\n");
        return text.ToString();
    }

    private static byte[] Garbage(Random random) => random.Next(4) switch
    {
        0 => [0xFF, 0xFE, 0xC0, 0xAF, 0xED, 0xA0, 0x80],
        1 => [0xEF, 0xBB, 0xBF, .. "{\"name\":\"\u4EE3\"}"u8],
        2 => "{\"name\":"u8.ToArray(),
        _ => [.. Enumerable.Range(0, random.Next(1, 4096)).Select(_ => (byte)random.Next(256))],
    };

    private static (HttpContent, string) Text(string text, string type) =>
        (new StringContent(text, new UTF8Encoding(false), type) { Headers = { ContentType = new MediaTypeHeaderValue(type) } },
            text.Length > 200 ? $"{type} {text[..120]}… ({text.Length} chars)" : $"{type} {text}");

    private static (HttpContent, string) Bytes(byte[] bytes, string type, string what) =>
        (new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(type) } }, what);
}

/// <summary>The answer to one case (for the tally) and, when it broke a rule, why.</summary>
public sealed record FuzzOutcome(string Target, string Answer, string? Failure);
