using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Errors;

/// <summary>The one place that turns a <see cref="VenueError"/> into an HTTP ProblemDetails or a hub error.</summary>
public static partial class ErrorResponses
{
    public static IServiceCollection AddVenueErrors(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = GiveFrameworkProblemsACode);
        services.AddExceptionHandler<HttpErrorHandler>();
        services.AddSingleton<HubErrorFilter>();
        return services;
    }

    public static ProblemDetails ToProblem(VenueError error)
    {
        var problem = new ProblemDetails { Status = error.Status, Title = error.Message };
        problem.Extensions["code"] = error.Code;
        if (error.Details is not null) problem.Extensions["errors"] = error.Details;
        return problem;
    }

    /// <summary>
    /// Errors the framework answers by itself before any handler runs (no such route, a content type the endpoint
    /// does not accept) still get a code and a Chinese title.
    /// </summary>
    private static void GiveFrameworkProblemsACode(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Extensions.ContainsKey("code")) return;
        var error = context.ProblemDetails.Status switch
        {
            404 => VenueErrors.NotFound("请求的地址"),
            405 => VenueErrors.Invalid("该地址不支持此请求方法。"),
            400 or 413 or 415 => VenueErrors.Unreadable(context.ProblemDetails.Status.Value, limit: BodyLimit(context.HttpContext)),
            _ => VenueErrors.Internal(),
        };
        context.ProblemDetails.Title = error.Message;
        context.ProblemDetails.Extensions["code"] = error.Code;
    }

    private static long? BodyLimit(HttpContext context) => context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;

    public static VenueError Classify(Exception exception, long? bodyLimit = null) => exception switch
    {
        VenueError venue => venue,
        BadHttpRequestException bad => VenueErrors.Unreadable(bad.StatusCode, (bad.InnerException as JsonException)?.Path, bodyLimit),
        _ when DiskFull.Is(exception) => VenueErrors.StorageFull(),
        _ => VenueErrors.Internal(),
    };

    private sealed partial class HttpErrorHandler(IProblemDetailsService problems, ILogger<HttpErrorHandler> logger)
        : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
        {
            var error = Classify(exception, BodyLimit(context));
            if (error.Code is ErrorCodes.Internal or ErrorCodes.StorageFull) LogFailed(exception, context.Request.Path);
            else LogRefused(context.Request.Path, error.Code);
            context.Response.StatusCode = error.Status;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context, ProblemDetails = ToProblem(error), Exception = exception,
            });
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "Request {Path} refused with {Code}")]
        private partial void LogRefused(string path, string code);

        [LoggerMessage(Level = LogLevel.Error, Message = "Request {Path} failed")]
        private partial void LogFailed(Exception ex, string path);
    }

    /// <summary>Hub errors travel as "[code] 中文" in the HubException message (see <see cref="HubErrorFormat"/>).</summary>
    public sealed partial class HubErrorFilter(ILogger<HubErrorFilter> logger) : IHubFilter
    {
        public async ValueTask<object?> InvokeMethodAsync(
            HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
        {
            try
            {
                return await next(context);
            }
            catch (Exception ex) when (ex is not HubException)
            {
                var error = Classify(ex);
                if (error.Code is ErrorCodes.Internal or ErrorCodes.StorageFull) LogFailed(ex, context.HubMethodName);
                else LogRefused(context.HubMethodName, error.Code);
                throw new HubException(HubErrorFormat.Format(error.Code, error.Message));
            }
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "Hub method {Method} refused with {Code}")]
        private partial void LogRefused(string method, string code);

        [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed")]
        private partial void LogFailed(Exception ex, string method);
    }
}
