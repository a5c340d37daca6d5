using System.Net;
using System.Text;
using QRCoder;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>
/// The printable credential sheet: A4 portrait, eight cards a page with dashed cut lines, each with the QR code,
/// the deputy's name, number and delegation, and the code in groups of four for manual entry.
/// </summary>
public static class CredentialSheet
{
    /// <summary>The sheet's one style block, allowed by its hash in the content security policy.</summary>
    public const string Style = """
        @page { size: A4 portrait; margin: 0; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; }
        .sheet { width: 210mm; display: grid; grid-template-columns: repeat(2, 105mm); grid-auto-rows: 74.25mm; }
        .card { border: 0.3mm dashed #888; padding: 5mm; display: flex; gap: 4mm; align-items: center; break-inside: avoid; }
        .card img { width: 42mm; height: 42mm; image-rendering: pixelated; }
        .sitting { font-size: 9pt; color: #333; }
        .title { font-size: 12pt; font-weight: bold; margin: 1mm 0 3mm; letter-spacing: 0.3em; }
        .name { font-size: 18pt; font-weight: bold; }
        .meta { font-size: 10pt; margin-top: 1mm; }
        .code { font-family: monospace; font-size: 8.5pt; margin-top: 3mm; word-break: break-all; }
        .card:nth-child(8n) { break-after: page; }
        """;

    public static byte[] QrPng(string code) => PngByteQRCodeHelper.GetQRCode(code, QRCodeGenerator.ECCLevel.M, 10);

    public static string Render(string sittingName, IEnumerable<CredentialIssuer.DeputyCredential> credentials)
    {
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>代表证 · {{E(sittingName)}}</title>
            <style>{{Style}}</style></head><body><div class="sheet">
            """);
        foreach (var (deputy, code) in credentials)
        {
            html.Append($"""
                <section class="card" data-number="{E(deputy.Number)}">
                  <img alt="二维码" src="data:image/png;base64,{Convert.ToBase64String(QrPng(code))}">
                  <div><div class="sitting">{E(sittingName)}</div><div class="title">代表证</div>
                  <div class="name">{E(deputy.Name)}</div>
                  <div class="meta">代表证号：{E(deputy.Number)}</div>
                  <div class="meta">{E(deputy.Delegation)}</div>
                  <div class="code">凭证码：<span class="credential-code">{CredentialCode.Display(code)}</span></div></div>
                </section>
                """);
        }
        html.Append("</div></body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
