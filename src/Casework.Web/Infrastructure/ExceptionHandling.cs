using Casework.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Infrastructure;

/// <summary>
/// Unexpected exceptions become problem details; a stale concurrency token (another user saved
/// first) is a 409, never a silent overwrite.
/// </summary>
public sealed partial class ExceptionHandling(IProblemDetailsService problems, ILogger<ExceptionHandling> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException bad)
        {
            // A body that does not bind (wrong JSON type, missing body) is bad input, with the reason as a field error.
            httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            await TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["body"] = [bad.Message] },
                    detail: "The request could not be read: " + bad.Message)
                .ExecuteAsync(httpContext);
            return true;
        }

        if (exception is TooLongForColumnException tooLong)
        {
            httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            await TypedResults.ValidationProblem(tooLong.Errors, detail: "A value is longer than the field allows.").ExecuteAsync(httpContext);
            return true;
        }

        var (status, title, detail) = exception switch
        {
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Changed by someone else",
                "Someone else changed this record after you opened it. Reload it and try again."),
            _ when ConcurrencyConflicts.IsConflict(exception) => (StatusCodes.Status409Conflict, "Changed by someone else",
                "Someone else changed this record at the same moment. Reload it and try again."),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong", "The error has been logged."),
        };
        if (status == StatusCodes.Status409Conflict)
        {
            // Expected (issue 10 item 10): one line at Information, no stack.
            var conflictPath = httpContext.Request.Path.Value ?? string.Empty;
            var conflictKind = exception.GetType().Name;
            ConcurrencyConflicts.LogConflict(logger, conflictPath, conflictKind);
        }

        if (status == StatusCodes.Status500InternalServerError)
        {
            // With an error page configured the request is already re-pointed at it here: the feature keeps the original path.
            var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? string.Empty;
            LogUnexpected(logger, exception, path, ErrorPages.TraceId(httpContext));
            if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
            {
                // OPS-05: a page gets the GOV.UK 500 page (ErrorPages re-executes it), quoting the same trace id.
                return false;
            }
        }

        httpContext.Response.StatusCode = status;
        if (await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = { Status = status, Title = title, Detail = detail },
            }))
        {
            return true;
        }

        // A client that did not ask for JSON still gets the problem, never an empty error.
        await TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Path}, trace id {TraceId}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path, string traceId);
}
