using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MiniLinkedIn.ServiceDefaults.Http;

public static class ProblemDetailsExtensions
{
    /// <summary>
    /// Every 4xx/5xx answers RFC 9457 application/problem+json, with the W3C trace id to quote: the
    /// same id is in every log line of that request, in every service it went through.
    /// </summary>
    public static IServiceCollection AddProblemDetailsEverywhere(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToHexString() ?? context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<BadHttpRequestExceptionHandler>();
        services.AddExceptionHandler<DependencyUnavailableExceptionHandler>();
        return services;
    }
}
