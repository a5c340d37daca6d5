using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// Reads a table people keep in a spreadsheet (a roster, a list of suggestions) from CSV (UTF-8, or GB18030 as older
/// Excel writes it) or XLSX, row by row, each row its cells as text. A file that cannot be read at all is one error
/// on row 1 with the reason in Chinese; what the rows mean is the caller's <c>interpret</c>. Rows are read one at a
/// time, so a file's size on disk, not what it claims to hold, bounds the work.
/// </summary>
public static class TableFile
{
    /// <summary>
    /// The file sent as a request's body, buffered whole (Kestrel refuses a body over the endpoint's limit while it is
    /// read); an empty body is refused as the list's own error, row 1 saying that no file of <paramref name="what"/> came.
    /// </summary>
    public static async Task<byte[]> ReceiveAsync(
        HttpRequest request, string what, Func<IReadOnlyList<RosterRowError>, Errors.VenueError> refused)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.Length > 0 ? buffer.ToArray() : throw refused([new RosterRowError(1, $"没有收到{what}文件。")]);
    }

    /// <summary>Cells past this column are never looked at.</summary>
    private const int MaxColumns = 64;

    static TableFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (List<TRow> Rows, List<RosterRowError> Errors) Read<TRow>(
        byte[] file, string what, Func<IEnumerable<string[]>, (List<TRow>, List<RosterRowError>)> interpret)
    {
        var isXlsx = file.Length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
        try
        {
            return interpret(isXlsx ? XlsxRecords(file, what) : CsvRecords.Read(Text(file)));
        }
        catch (Unreadable refused)
        {
            return ([], [new RosterRowError(1, refused.Message)]);
        }
        catch (DecoderFallbackException)
        {
            return ([], [new RosterRowError(1, EncodingMessage("无法识别的"))]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ([], [new RosterRowError(1, $"文件无法读取，请上传 CSV 或 XLSX 格式的{what}。")]);
        }
    }

    /// <summary>
    /// The zip's entries say how large they unpack; a workbook that would unpack beyond the limit is refused before
    /// any of it is read.
    /// </summary>
    private static IEnumerable<string[]> XlsxRecords(byte[] file, string what)
    {
        using (var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read))
        {
            if (zip.Entries.Sum(e => e.Length) > Limits.RosterUnzippedBytes)
                throw new Unreadable($"XLSX 文件解压后超过{Limits.RosterUnzippedBytes / 1024 / 1024}MB，不是正常的{what}，请检查文件或另存为 CSV 后导入。");
        }
        using var stream = new MemoryStream(file, writable: false);
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            yield return row.Values.Take(MaxColumns)
                .Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray();
        }
    }

    /// <summary>UTF-8 (with or without BOM) or, failing that, GB18030; a file in UTF-16 or UTF-32 is refused by name.</summary>
    private static StreamReader Text(byte[] file)
    {
        if (WideEncoding(file) is { } wide) throw new Unreadable(EncodingMessage(wide));
        var encoding = System.Text.Unicode.Utf8.IsValid(file)
            ? new UTF8Encoding(false, throwOnInvalidBytes: true)
            : Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return new StreamReader(new MemoryStream(file, writable: false), encoding, detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>A BOM of UTF-16 or UTF-32, or a NUL byte near the start, which no text of a table in UTF-8 or GB18030 has.</summary>
    private static string? WideEncoding(byte[] file) => file switch
    {
        [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..] => "UTF-32",
        [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => "UTF-16",
        _ when file.AsSpan(0, Math.Min(file.Length, 4096)).Contains((byte)0) => "UTF-16",
        _ => null,
    };

    private static string EncodingMessage(string found) =>
        $"文件是{found}编码，请以 UTF-8 编码保存 CSV 文件（Excel 中“另存为”选择“CSV UTF-8（逗号分隔）”）后重新导入。";

    /// <summary>A file refused as a whole, with the reason to show.</summary>
    private sealed class Unreadable(string message) : Exception(message);
}
