using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Certification;

/// <summary>A notice's PDF and XLSX are rendered once and served as the stored bytes, with an ETag.</summary>
public sealed partial class NoticeDownloadTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task DownloadsServeTheStoredBytesWithTheirHashAsETagAndAnswer304WhenUnchanged()
    {
        var name = string.Concat(Enumerable.Range(0, Limits.SittingName).Select(i => "甲乙丙丁戊己庚辛壬癸"[i % 10]));
        var notice = await PublishAsync(venue, name);
        using var http = venue.Http();
        foreach (var (url, format) in new[] { (notice.PdfUrl, "pdf"), (notice.XlsxUrl, "xlsx") })
        {
            using var first = await http.GetAsync(url);
            using var second = await http.GetAsync(url);
            var bytes = await first.Content.ReadAsByteArrayAsync();
            Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
            Assert.Equal(bytes, Stored(venue, notice, format));
            var etag = first.Headers.ETag!;
            Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"", etag.Tag);
            Assert.Contains("immutable", first.Headers.CacheControl!.ToString());

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
            using var unchanged = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
            Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        }

        var pdf = Path.Combine(Artifacts.Folder("notices"), "notice-long-name.pdf");
        await File.WriteAllBytesAsync(pdf, Stored(venue, notice, "pdf"));
        var text = Whitespace().Replace(await Programs.RunAsync("pdftotext", pdf, "-"), "");
        // The title and the opening sentence both carry the whole name, wrapped rather than cut.
        Assert.Equal(2, Regex.Matches(text, name).Count);
    }

    [Fact]
    public async Task ANoticeOfAnOlderDatabaseIsRenderedAtItsFirstDownloadAndStored()
    {
        // Its own server: the test deletes stored files behind the server's back, as an older database lacks them.
        await using var own = await TestVenue.StartAsync();
        var notice = await PublishAsync(own, "旧数据库公告测试会议");
        using (var connection = new SqliteConnection($"Data Source={own.DatabasePath}"))
        {
            connection.Open();
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM NoticeFiles";
            delete.ExecuteNonQuery();
        }
        var anyone = own.Api("");
        var downloaded = await anyone.DownloadAsync(notice.PdfUrl);
        Assert.Equal(downloaded, Stored(own, notice, "pdf"));
        Assert.Equal(downloaded, await anyone.DownloadAsync(notice.PdfUrl));
        Assert.Equal(await anyone.DownloadAsync(notice.XlsxUrl), Stored(own, notice, "xlsx"));
    }

    private static async Task<NoticeView> PublishAsync(TestVenue venue, string name)
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 5, name: name);
        var chief = sitting.Chief!;
        var items = sitting.Ballot.Items.Select(i => new HandCountItem(i.Id, new Dictionary<string, int> { ["for"] = 3 })).ToList();
        await sitting.Secretariat.HandCountAsync(sitting.Ballot.Id, new(5, 5, items));
        await venue.Api(chief.Credential!.Code).SignCountRecordAsync(sitting.Ballot.Id);
        return await sitting.Secretariat.PublishAsync(sitting.Ballot.Id);
    }

    private static byte[] Stored(TestVenue venue, NoticeView notice, string format)
    {
        using var connection = new SqliteConnection($"Data Source={venue.DatabasePath};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT f.Content FROM NoticeFiles f JOIN Notices n ON n.Id = f.NoticeId
            WHERE n.SittingId = $sitting AND n.Number = $number AND f.Format = $format
            """;
        command.Parameters.AddWithValue("$sitting", notice.SittingId);
        command.Parameters.AddWithValue("$number", notice.Number);
        command.Parameters.AddWithValue("$format", format);
        return (byte[])command.ExecuteScalar()!;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
