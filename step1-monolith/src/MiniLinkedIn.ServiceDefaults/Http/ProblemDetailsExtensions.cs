using Microsoft.Extensions.DependencyInjection;

namespace MiniLinkedIn.ServiceDefaults.Http;

public static class ProblemDetailsExtensions
{
    /// <summary>Every 4xx/5xx answers RFC 7807 application/problem+json, with the request id to quote.</summary>
    public static IServiceCollection AddProblemDetailsEverywhere(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<BadHttpRequestExceptionHandler>();
        return services;
    }

}
