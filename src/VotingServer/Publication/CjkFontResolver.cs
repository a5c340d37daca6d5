using PdfSharp.Fonts;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// Every font a notice asks for is WenQuanYi Micro Hei, embedded in this assembly as TrueType (PDFsharp embeds a
/// subset of it; it cannot read the CFF-outline CJK fonts Debian ships). Bold is simulated.
/// </summary>
internal sealed class CjkFontResolver : IFontResolver
{
    public const string Family = "WenQuanYi Micro Hei";
    private const string Face = "wqy-microhei";
    private static readonly Lazy<byte[]> Bytes = new(Load);
    private static readonly Lazy<bool> Installed = new(() =>
    {
        GlobalFontSettings.FontResolver = new CjkFontResolver();
        return true;
    });

    /// <summary>PDFsharp takes one resolver per process, set before any font is used.</summary>
    public static void EnsureInstalled() => _ = Installed.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Face, bold, italic);

    public byte[]? GetFont(string faceName) => Bytes.Value;

    private static byte[] Load()
    {
        using var stream = typeof(CjkFontResolver).Assembly.GetManifestResourceStream("Fonts.wqy-microhei.ttf")
            ?? throw new InvalidOperationException("The embedded notice font is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
