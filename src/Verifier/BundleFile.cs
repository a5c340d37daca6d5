using System.Text.Json;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.Verifier;

/// <summary>Reads a bundle file; a file that cannot be read as a bundle of this format is refused with a reason.</summary>
public static class BundleFile
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PublicationBundle Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UnreadableBundle($"无法读取文件 {path}：{ex.Message}", $"Cannot read {path}: {ex.Message}");
        }
        return Parse(text);
    }

    public static PublicationBundle Parse(string text)
    {
        PublicationBundle? bundle;
        try { bundle = JsonSerializer.Deserialize<PublicationBundle>(text, Json); }
        catch (JsonException ex)
        {
            throw new UnreadableBundle($"文件不是有效的公告数据包：{ex.Message}", $"The file is not a valid publication bundle: {ex.Message}");
        }
        if (bundle?.Format != PublicationBundle.FormatName || bundle.Notice is null || bundle.CountRecord is null || bundle.ServerKey?.PublicKey is null
            || bundle.ServerKey.Fingerprint is null)
            throw new UnreadableBundle($"文件不是 {PublicationBundle.FormatName} 格式的公告数据包",
                $"The file is not a publication bundle of format {PublicationBundle.FormatName}");
        return bundle with
        {
            Signatures = bundle.Signatures ?? [], Box = bundle.Box ?? [], TrackingCodes = bundle.TrackingCodes ?? [], Audit = bundle.Audit ?? [],
        };
    }
}

public sealed class UnreadableBundle(string chinese, string english) : Exception(english)
{
    public string Chinese { get; } = chinese;
}
