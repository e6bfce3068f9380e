using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using MiniLinkedIn.BuildingBlocks.UseCases;

namespace MiniLinkedIn.ServiceDefaults.Http;

/// <summary>A request that needed another service which is down gets a 503 problem, not a 500.</summary>
internal sealed class DependencyUnavailableExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // Also found wrapped, e.g. by the JWT handler's configuration manager when the user service is down.
        var unavailable = FindIn(exception);
        if (unavailable is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "5";
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service unavailable",
                Detail = $"The {unavailable.Service} service cannot be reached right now. Try again in a few seconds.",
            },
        });
    }

    private static DependencyUnavailableException? FindIn(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DependencyUnavailableException unavailable)
            {
                return unavailable;
            }
        }

        return null;
    }
}
