using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Errors;

/// <summary>The one place that turns a <see cref="VenueError"/> into an HTTP ProblemDetails or a hub error.</summary>
public static partial class ErrorResponses
{
    public static IServiceCollection AddVenueErrors(this IServiceCollection services)
    {
        services.AddProblemDetails();
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

    public static VenueError Classify(Exception exception) => exception switch
    {
        VenueError venue => venue,
        BadHttpRequestException => VenueErrors.Invalid("请求内容无法解析，请检查格式。"),
        _ => VenueErrors.Internal(),
    };

    private sealed partial class HttpErrorHandler(IProblemDetailsService problems, ILogger<HttpErrorHandler> logger)
        : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
        {
            var error = Classify(exception);
            if (error.Code == ErrorCodes.Internal) LogFailed(exception, context.Request.Path);
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
                if (error.Code == ErrorCodes.Internal) LogFailed(ex, context.HubMethodName);
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
