using System.Net;
using System.Text;
using QRCoder;
using PeoplesCongress.Tally.Records;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>
/// The printable credential sheet: A4 portrait, eight cards a page with dashed cut lines. Each card has the sitting's
/// name on one line, the deputy's name, number and delegation, the QR code, a one-line instruction and the code in
/// large monospace type, in groups of four that never break across lines, and at the foot the fingerprint of the
/// server key that signs every notice (<see cref="KeyLine"/>), so a deputy or an auditor can compare it with any
/// notice. Above the cards, on screen only, a toolbar with 「打印」 makes the window a print preview.
/// </summary>
public static class CredentialSheet
{
    /// <summary>What a deputy does with the card, on one line of the card.</summary>
    public const string Instruction = "用平板扫描二维码签到；无法扫描时输入下方26位凭证码";

    /// <summary>「本会议计票服务器签名密钥指纹：1a2b 3c4d 5e6f 7a8b」, as on every card and staff code card.</summary>
    public static string KeyLine(string serverKeyFingerprint) =>
        $"本会议计票服务器签名密钥指纹：{RecordSignatures.ShortFingerprint(serverKeyFingerprint)}";

    /// <summary>The sheet's one style block, allowed by its hash in the content security policy.</summary>
    public const string Style = """
        @page { size: A4 portrait; margin: 0; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; color: #000; }
        .toolbar { display: flex; align-items: center; gap: 1em; padding: 12px 20px; background: #f4efe6; border-bottom: 2px solid #b71c1c; font-size: 16px; }
        .toolbar button { font: inherit; font-weight: bold; min-height: 48px; padding: 0 2em; background: #b71c1c; color: #fff; border: 0; border-radius: 6px; cursor: pointer; }
        .toolbar button:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
        .sheet { width: 210mm; display: grid; grid-template-columns: repeat(2, 105mm); grid-auto-rows: 74.25mm; background: #fff; }
        .card { border: 0.3mm dashed #888; padding: 4mm 5mm; display: grid; grid-template-columns: 33mm 1fr; grid-template-rows: auto 33mm auto auto auto; column-gap: 4mm; row-gap: 1.5mm; break-inside: avoid; overflow: hidden; }
        .sitting { grid-column: 1 / -1; font-size: 9pt; color: #333; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        .card img { width: 33mm; height: 33mm; image-rendering: pixelated; }
        .who { min-width: 0; }
        .title { font-size: 11pt; font-weight: bold; letter-spacing: 0.3em; margin-bottom: 1.5mm; }
        .name { font-size: 18pt; font-weight: bold; line-height: 1.2; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        .meta { font-size: 10.5pt; margin-top: 1mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        .howto { grid-column: 1 / -1; font-size: 9pt; white-space: nowrap; }
        .code { grid-column: 1 / -1; display: flex; align-items: baseline; gap: 3mm; }
        .code .label { font-size: 9pt; white-space: nowrap; }
        .credential-code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 16pt; font-weight: bold; line-height: 1.25; width: 20ch; word-break: keep-all; overflow-wrap: normal; }
        .server-key { grid-column: 1 / -1; font-size: 7.5pt; color: #333; white-space: nowrap; }
        .card:nth-child(8n) { break-after: page; }
        @media print { .toolbar { display: none; } }
        @media screen { body { background: #ddd; } .sheet { margin: 16px auto; box-shadow: 0 0 8px rgba(0, 0, 0, .3); } }
        """;

    public static byte[] QrPng(string code) => PngByteQRCodeHelper.GetQRCode(code, QRCodeGenerator.ECCLevel.M, 10);

    /// <summary>The QR code as a data: URL, for a card drawn by a staff page.</summary>
    public static string QrDataUrl(string code) => $"data:image/png;base64,{Convert.ToBase64String(QrPng(code))}";

    /// <summary>The sheet; <paramref name="printButton"/> false for a sheet saved as a file, which runs no script.</summary>
    public static string Render(
        string sittingName, IReadOnlyCollection<CredentialIssuer.DeputyCredential> credentials, string serverKeyFingerprint, bool printButton = true)
    {
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>代表证 · {{E(sittingName)}}</title>
            <style>{{Style}}</style></head><body>
            <div class="toolbar">{{(printButton ? "<button type=\"button\" data-print>打印</button>" : "")}}
            <span>打印预览：共{{credentials.Count}}张代表证。{{(printButton ? "" : "按Ctrl+P打印。")}}请用A4纸纵向打印（每页8张，不缩放），沿虚线裁开，当面发给代表本人。</span></div>
            <main class="sheet">
            """);
        foreach (var (deputy, code) in credentials)
        {
            html.Append($"""
                <section class="card" data-number="{E(deputy.Number)}">
                  <div class="sitting" title="{E(sittingName)}">{E(sittingName)}</div>
                  <img alt="二维码" src="{QrDataUrl(code)}">
                  <div class="who"><div class="title">代表证</div>
                  <div class="name">{E(deputy.Name)}</div>
                  <div class="meta">代表证号：{E(deputy.Number)}</div>
                  <div class="meta">{E(deputy.Delegation)}</div></div>
                  <div class="howto">{Instruction}</div>
                  <div class="code"><span class="label">凭证码</span><span class="credential-code">{CredentialCode.Grouped(code)}</span></div>
                  <div class="server-key">{KeyLine(serverKeyFingerprint)}</div>
                </section>
                """);
        }
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
