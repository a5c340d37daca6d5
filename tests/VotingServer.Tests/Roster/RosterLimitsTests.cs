using System.IO.Compression;
using System.Text;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VotingServer.Tests.Errors;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Roster;

/// <summary>A roster file is refused, with a reason a secretary can act on, before it can cost much time or memory.</summary>
public sealed class RosterLimitsTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Theory]
    [InlineData("utf-16", "UTF-16")]
    [InlineData("utf-16BE", "UTF-16")]
    [InlineData("utf-32", "UTF-32")]
    public async Task ACsvInAWideEncodingIsRefusedAskingForUtf8(string encoding, string named)
    {
        var text = Encoding.GetEncoding(encoding);
        var file = (byte[])[.. text.GetPreamble(), .. text.GetBytes(PreparedSitting.RosterCsv(3))];
        var error = await RefusedAsync(file);
        Assert.Equal(1, error.Row);
        Assert.StartsWith($"文件是{named}编码，请以 UTF-8 编码保存 CSV 文件", error.Message);
    }

    [Fact]
    public async Task ACsvThatIsNeitherUtf8NorGb18030IsRefusedAskingForUtf8()
    {
        var error = await RefusedAsync([.. Encoding.UTF8.GetBytes("姓名,代表证号\n"), 0x81, 0x20, 0xFF, 0xFF]);
        Assert.StartsWith("文件是无法识别的编码，请以 UTF-8 编码保存 CSV 文件", error.Message);
    }

    [Fact]
    public async Task MoreDeputiesThanTheCapAreRefusedAtTheFirstRowPastIt()
    {
        var error = await RefusedAsync(Encoding.UTF8.GetBytes(PreparedSitting.RosterCsv(Limits.Deputies + 5_000)));
        Assert.Equal((Limits.Deputies + 2, $"名册超过{Limits.Deputies}人，请分批导入。"), (error.Row, error.Message));
    }

    [Fact]
    public async Task AWorkbookThatWouldUnzipPastTheLimitIsRefusedBeforeItIsRead()
    {
        var error = await RefusedAsync(Bomb(Limits.RosterUnzippedBytes + 1024 * 1024));
        Assert.Contains("解压后超过", error.Message);
    }

    [Fact]
    public async Task ARosterFileOverTheUploadLimitGets413NamingTheLimit()
    {
        var secretariat = venue.Api(venue.BootstrapCode!);
        var sitting = await secretariat.CreateSittingAsync(new("超大名册测试会议"));
        var file = Encoding.UTF8.GetBytes(PreparedSitting.RosterCsv(3) + new string('\n', Limits.RosterFileBytes));
        var refused = await RawRequests.SendAsync(venue, HttpMethod.Put, $"api/sittings/{sitting.Id}/roster", new ByteArrayContent(file));
        Assert.Equal(new Refusal(413, ErrorCodes.Invalid, "请求内容过大，超过服务器允许的上限（5MB）。"), refused);
        Assert.Empty(await secretariat.RosterAsync(sitting.Id));
    }

    private async Task<RosterRowError> RefusedAsync(byte[] file)
    {
        var secretariat = venue.Api(venue.BootstrapCode!);
        var sitting = await secretariat.CreateSittingAsync(new("名册限制测试会议"));
        var error = await Assert.ThrowsAsync<VenueException>(() => secretariat.ImportRosterAsync(sitting.Id, file));
        Assert.Equal((422, ErrorCodes.RosterInvalid), (error.HttpStatus, error.Code));
        Assert.Empty(await secretariat.RosterAsync(sitting.Id));
        return Assert.Single(error.RowErrors);
    }

    /// <summary>A small XLSX whose one sheet unzips to <paramref name="bytes"/> of identical rows.</summary>
    private static byte[] Bomb(long bytes)
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            var row = Encoding.UTF8.GetBytes("""<row><c t="inlineStr"><is><t>王建国</t></is></c></row>""");
            for (long written = 0; written < bytes; written += row.Length) sheet.Write(row);
        }
        return file.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
