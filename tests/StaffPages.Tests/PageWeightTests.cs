using System.Text.Json;
using Microsoft.Playwright;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// What a deputy's browser fetches to show the tablet app, or the phone page between sittings, on its first load and
/// on a reload, measured by Chromium's own network events: bytes over the wire, requests, 304s. The figures go to
/// artifacts/performance/tablet-load.txt and phone-load.txt (and docs/performance.md, "Page weight"). A reload sends
/// no file the page loads again: each comes back as a 304 or, for the vendored libraries (the SignalR client, the QR
/// decoder), from the browser's cache without a request (the reloaded page itself Chromium asks for afresh).
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class PageWeightTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    private sealed class Fetch
    {
        public string Url = "";
        public int Status;
        public bool FromCache;
        public string? Encoding;
        public long Bytes;
    }

    [Theory]
    [InlineData("/tablet/", "tablet-load.txt", "/vendor/signalr.min.js")]
    [InlineData("/tablet/phone.html", "phone-load.txt", "/tablet/vendor/jsQR.js")]
    public async Task TheDeputiesPagesLoadCompressedAndAReloadSendsNoFileAgain(string path, string report, string vendored)
    {
        var context = await chromium.Browser.NewContextAsync(new()
        {
            BaseURL = venue.Url.ToString(), ViewportSize = new() { Width = 1280, Height = 800 }, IgnoreHTTPSErrors = true,
        });
        try
        {
            var page = await context.NewPageAsync();
            var cdp = await context.NewCDPSessionAsync(page);
            var fetches = new Dictionary<string, Fetch>();
            Fetch Of(JsonElement? e)
            {
                var id = e!.Value.GetProperty("requestId").GetString()!;
                lock (fetches) return fetches.TryGetValue(id, out var f) ? f : fetches[id] = new Fetch();
            }
            cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
            {
                var response = e!.Value.GetProperty("response");
                var fetch = Of(e);
                fetch.Url = response.GetProperty("url").GetString()!;
                fetch.Status = response.GetProperty("status").GetInt32();
                fetch.FromCache |= response.TryGetProperty("fromDiskCache", out var disk) && disk.GetBoolean();
                fetch.Encoding = response.GetProperty("headers").EnumerateObject()
                    .FirstOrDefault(h => h.Name.Equals("content-encoding", StringComparison.OrdinalIgnoreCase)).Value.ToString();
            };
            cdp.Event("Network.requestServedFromCache").OnEvent += (_, e) => Of(e).FromCache = true;
            cdp.Event("Network.loadingFinished").OnEvent += (_, e) => Of(e).Bytes = (long)e!.Value.GetProperty("encodedDataLength").GetDouble();
            await cdp.SendAsync("Network.enable");

            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var first = Settle(fetches);
            fetches.Clear();
            await page.ReloadAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var reload = Settle(fetches);

            var summary = new[] { Describe("first load", first), Describe("reload", reload) };
            await File.WriteAllLinesAsync(Path.Combine(Artifacts.Folder("performance"), report), summary.Concat(
                first.Concat(reload).Select(f => $"{f.Status} {(f.FromCache ? "cache" : f.Encoding ?? "-"),-6} {f.Bytes,7} {f.Url}")));

            var files = first.Where(f => IsText(f.Url)).ToList();
            Assert.NotEmpty(files);
            Assert.All(files, f => Assert.True(f.Encoding is "br" or "gzip", $"{f.Url} was sent uncompressed"));
            var loaded = reload.Where(f => f.Url != new Uri(venue.Url, path).ToString()).ToList();
            Assert.NotEmpty(loaded);
            Assert.All(loaded, f => Assert.True(f.FromCache || f.Status == 304, $"{f.Url} was sent again on a reload ({f.Status})"));
            Assert.Contains(loaded, f => f.FromCache && f.Url.EndsWith(vendored, StringComparison.Ordinal));
        }
        finally { await context.CloseAsync(); }
    }

    private static List<Fetch> Settle(Dictionary<string, Fetch> fetches)
    {
        lock (fetches) return [.. fetches.Values.Where(f => f.Url.StartsWith("https://", StringComparison.Ordinal))];
    }

    private static bool IsText(string url) =>
        url.EndsWith(".js", StringComparison.Ordinal) || url.EndsWith(".css", StringComparison.Ordinal) || url.EndsWith(".html", StringComparison.Ordinal) || url.EndsWith('/');

    private static string Describe(string name, List<Fetch> fetches) =>
        $"{name}: {fetches.Count} files, {fetches.Count(f => !f.FromCache)} requests, {fetches.Count(f => f.Status == 304)} answered 304, "
        + $"{fetches.Count(f => f.FromCache)} from the browser's cache without a request, {fetches.Where(f => !f.FromCache).Sum(f => f.Bytes)} bytes over the wire";
}
