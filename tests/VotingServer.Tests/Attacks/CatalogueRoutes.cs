using System.Text.RegularExpressions;
using PeoplesCongress.VotingServer.OpenApi;

namespace PeoplesCongress.VotingServer.Tests.Attacks;

/// <summary>The endpoints of <see cref="EndpointCatalogue.Entries"/> as method, route template and who may call.</summary>
public static partial class CatalogueRoutes
{
    public sealed record Route(string Key, HttpMethod Method, string Template, EndpointDoc Doc)
    {
        public bool HasBody => Method == HttpMethod.Post || Method == HttpMethod.Put;
        public IEnumerable<string> Parameters => Parameter().Matches(Template).Select(m => m.Groups[1].Value);

        /// <summary>The path with each {parameter} replaced by what <paramref name="value"/> gives for its name.</summary>
        public string Path(Func<string, string> value) =>
            Parameter().Replace(Template, m => Uri.EscapeDataString(value(m.Groups[1].Value)));
    }

    public static IReadOnlyList<Route> All { get; } =
    [
        .. EndpointCatalogue.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e =>
        {
            var (method, template) = (e.Key[..e.Key.IndexOf(' ')], e.Key[(e.Key.IndexOf(' ') + 1)..]);
            return new Route(e.Key, new HttpMethod(method), template, e.Value);
        }),
    ];

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Parameter();
}
