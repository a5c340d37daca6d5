using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PeoplesCongress.VotingServer.Errors;

namespace PeoplesCongress.VotingServer.Https;

public sealed class HttpsOptions
{
    public const string Section = "Https";

    /// <summary>
    /// Whether plain HTTP serves only the venue CA (/ca, /ca.crt) and sends everything else to HTTPS. Turn it off only
    /// for a server behind a TLS-terminating proxy or a load test that measures the server without TLS.
    /// </summary>
    public bool RedirectHttp { get; set; } = true;
}

/// <summary>
/// Credential codes and votes never cross the hall's Wi-Fi in clear: on plain HTTP a GET or HEAD is redirected to
/// the same path on the HTTPS port, and any other method is refused with https-required, since its body has already
/// crossed in clear and a redirect would let a misconfigured client go on sending it so unnoticed. Only the CA pages
/// stay on HTTP: a tablet fetches the CA there before it can trust the HTTPS certificate.
/// </summary>
public static class HttpsOnly
{
    private static readonly PathString[] PlainHttpPaths = ["/ca", "/ca.crt"];

    public static IServiceCollection AddHttpsOnly(this IServiceCollection services)
    {
        services.AddOptions<HttpsOptions>().BindConfiguration(HttpsOptions.Section);
        return services;
    }

    /// <summary>Call after the exception handler, which turns the refusal into a ProblemDetails.</summary>
    public static IApplicationBuilder UseHttpsOnly(this IApplicationBuilder app)
    {
        if (!app.ApplicationServices.GetRequiredService<IOptions<HttpsOptions>>().Value.RedirectHttp) return app;
        var server = app.ApplicationServices.GetRequiredService<IServer>();
        WarnWithoutHttps(app.ApplicationServices, server);
        return app.Use((context, next) =>
        {
            var request = context.Request;
            if (request.IsHttps || PlainHttpPaths.Contains(request.Path)) return next(context);
            // Read at each request: with port 0 (as in tests) the HTTPS port is known only once the server listens.
            var port = HttpsPort(server);
            if (port is null) return next(context);
            // An HTTP/1.0 request may come without a Host header: there is no name to redirect it to.
            if (!request.Host.HasValue) throw VenueErrors.HttpsRequired($"HTTPS 端口 {port}");
            var target = $"https://{request.Host.Host}:{port}{request.PathBase}{request.Path}{request.QueryString}";
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
                throw VenueErrors.HttpsRequired(target);
            // Temporary, so that a browser does not keep it if the venue changes its ports.
            context.Response.Redirect(target, permanent: false, preserveMethod: true);
            return Task.CompletedTask;
        });
    }

    /// <summary>The warning a server gives at start when it listens on plain HTTP alone.</summary>
    public const string NoHttpsWarning =
        "No HTTPS address is listening (--urls names only http:// addresses): credential codes and votes cross the network "
        + "in clear and the tablets' cameras will not scan. Add an https:// address, e.g. "
        + "--urls=\"http://0.0.0.0:5080;https://0.0.0.0:5443\". "
        + "未监听 HTTPS 地址：凭证码和表决票将以明文经过网络传输，代表表决器也无法使用摄像头扫码。请在 --urls 中加入 https:// 地址。";

    /// <summary>
    /// `--urls` with an http:// address alone leaves the hall without HTTPS. The server still starts, since a load
    /// test or a server behind a TLS proxy wants just that (the proxy case turns RedirectHttp off, and is not warned),
    /// but says so loudly, in the log and on the console, once it listens.
    /// </summary>
    private static void WarnWithoutHttps(IServiceProvider services, IServer server)
    {
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpsOnly).FullName!);
        lifetime.ApplicationStarted.Register(() =>
        {
            if (server.Features.Get<IServerAddressesFeature>()?.Addresses is not { Count: > 0 } addresses || HttpsPort(server) is not null) return;
            logger.LogWarning(NoHttpsWarning + " Listening on: {Addresses}", string.Join(", ", addresses));
            Console.Error.WriteLine();
            Console.Error.WriteLine("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
            Console.Error.WriteLine(" WARNING: " + NoHttpsWarning);
            Console.Error.WriteLine("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
            Console.Error.WriteLine();
        });
    }

    private static int? HttpsPort(IServer server) =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Where(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            .Select(a => (int?)BindingAddress.Parse(a).Port).FirstOrDefault();
}
