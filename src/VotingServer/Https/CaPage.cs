using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using QRCoder;

namespace PeoplesCongress.VotingServer.Https;

/// <summary>
/// GET /ca: a page to print or show on the wall with two QR codes, the venue CA to install (over plain HTTP, since
/// the tablet does not trust the HTTPS certificate yet) and then the tablet app (over HTTPS, for the camera).
/// </summary>
public static class CaPage
{
    /// <summary>The page's one style block, allowed by its hash in <see cref="SecurityHeaders.ContentSecurityPolicy"/>.</summary>
    public const string Style = """
        body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; font-size: 20px;
               color: #111; background: #fff; margin: 2rem; line-height: 1.6; }
        h1 { font-size: 2rem; margin: 0 0 1rem; }
        .steps { display: flex; flex-wrap: wrap; gap: 3rem; }
        section { flex: 1 1 22rem; }
        img { width: 16rem; height: 16rem; image-rendering: pixelated; border: 1px solid #999; }
        .url, .fingerprint { font-family: monospace; }
        .url { word-break: break-all; }
        .fingerprint { font-size: 16px; }
        """;

    /// <summary>
    /// The URLs are this machine's own (<see cref="MachineAddresses"/> on the bound ports), never the request's Host
    /// header, which anyone can set: the host the page was asked for is used only when it is one of them.
    /// </summary>
    public static ContentHttpResult Render(HttpRequest request, VenueCertificates certificates, IServer server)
    {
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var machine = MachineAddresses.Current();
        var plain = Origins(listening, "http", machine);
        var caUrl = $"{Pick(plain.Count > 0 ? plain : Origins(listening, "https", machine), request.Host.Host)}/ca.crt";
        var appUrl = $"{Pick(Origins(listening, "https", machine), request.Host.Host)}/tablet/";
        var fingerprint = Convert.ToHexString(SHA256.HashData(certificates.Authority.RawData));
        // A line may break only after a colon, never inside a pair that someone reads out and compares.
        var grouped = string.Join(":<wbr>", fingerprint.Chunk(2).Select(c => new string(c)));
        return TypedResults.Content($$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>表决器接入</title>
            <style>{{Style}}</style></head><body>
            <main><h1>代表表决器接入</h1>
            <div class="steps">
              <section id="install-ca"><h2>第一步：安装会场根证书（每台平板一次）</h2>
                <img alt="会场根证书下载二维码" src="{{Qr(caUrl)}}">
                <p class="url">{{E(caUrl)}}</p>
                <p>用平板扫描二维码下载证书，在“设置 → 安全 → 安装证书（CA 证书）”中安装；iPad 还须在“设置 → 通用 → 关于本机 → 证书信任设置”中开启完全信任。</p>
                <p>安装前请核对证书指纹（SHA-256）：</p><p class="fingerprint">{{grouped}}</p></section>
              <section id="open-app"><h2>第二步：打开代表表决器</h2>
                <img alt="代表表决器二维码" src="{{Qr(appUrl)}}">
                <p class="url">{{E(appUrl)}}</p>
                <p>扫描二维码或在浏览器中输入上面的地址，然后扫描代表证上的二维码签到。</p></section>
            </div></main></body></html>
            """, "text/html; charset=utf-8");
    }

    /// <summary>Where people can reach this machine on every listening address of <paramref name="scheme"/>.</summary>
    private static List<string> Origins(List<string> listening, string scheme, MachineAddresses machine) =>
        [.. listening.Where(a => a.StartsWith(scheme + "://", StringComparison.OrdinalIgnoreCase)).SelectMany(machine.Reach)];

    /// <summary>The origin with the host the page was asked for, if that is one of ours; else the first.</summary>
    private static string Pick(List<string> origins, string requestHost) =>
        origins.FirstOrDefault(o => string.Equals(new Uri(o).Host, requestHost, StringComparison.OrdinalIgnoreCase))
        ?? origins.FirstOrDefault() ?? "";

    private static string Qr(string text) =>
        "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(text, QRCodeGenerator.ECCLevel.M, 8));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
