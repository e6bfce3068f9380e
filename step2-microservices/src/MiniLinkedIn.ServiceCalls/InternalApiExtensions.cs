using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using MiniLinkedIn.BuildingBlocks.Configuration;

namespace MiniLinkedIn.ServiceCalls;

public static class InternalApiExtensions
{
    /// <summary>
    /// The group for endpoints that only other services call: under <c>/internal</c> (which the
    /// gateway never routes from outside), behind the service credential, not in the OpenAPI document.
    /// </summary>
    public static RouteGroupBuilder MapInternalApi(this IEndpointRouteBuilder endpoints)
    {
        var key = endpoints.ServiceProvider.GetRequiredService<IConfiguration>()
            .GetSection(InternalApiOptions.Section).Get<InternalApiOptions>()?.Key ?? "";
        if (key.Length < InternalApiOptions.MinKeyLength)
        {
            throw new OptionsValidationException(
                InternalApiOptions.Section, typeof(InternalApiOptions), [$"InternalApi:Key must be set, at least {InternalApiOptions.MinKeyLength} characters."]);
        }

        return endpoints.MapGroup("/internal").AddEndpointFilter(new InternalApiKeyFilter(key)).ExcludeFromDescription();
    }

    /// <summary>
    /// A typed client for another service's internal API: base URL from <c>ServiceUrls</c>, the service
    /// credential, a timeout per attempt and in total, a circuit breaker, and retries with jitter for
    /// idempotent methods only (a POST is retried by whoever owns it, e.g. the outbox, never twice over).
    /// </summary>
    public static IHttpClientBuilder AddInternalApiClient<TClient, TImplementation>(
        this IServiceCollection services, string service, Func<ServiceUrlsOptions, Uri?> baseUrl, TimeSpan attemptTimeout)
        where TClient : class
        where TImplementation : class, TClient
    {
        services.AddValidatedOptions<InternalApiOptions>(InternalApiOptions.Section);
        services.AddValidatedOptions<ServiceUrlsOptions>(ServiceUrlsOptions.Section)
            .Validate(urls => baseUrl(urls) is { IsAbsoluteUri: true }, $"ServiceUrls needs the absolute base URL of the {service} service.");
        services.TryAddTransient<InternalApiKeyHandler>();
        var builder = services.AddHttpClient<TClient, TImplementation>((sp, client) =>
                client.BaseAddress = baseUrl(sp.GetRequiredService<IOptions<ServiceUrlsOptions>>().Value))
            .AddHttpMessageHandler(() => new ServiceCallFailureHandler(service))
            .AddHttpMessageHandler<InternalApiKeyHandler>();
        builder.AddStandardResilienceHandler(options =>
        {
            options.AttemptTimeout.Timeout = attemptTimeout;
            options.TotalRequestTimeout.Timeout = attemptTimeout * 3;
            options.CircuitBreaker.SamplingDuration = attemptTimeout * 2 > TimeSpan.FromSeconds(10) ? attemptTimeout * 2 : TimeSpan.FromSeconds(10);
            options.Retry.MaxRetryAttempts = 2;
            options.Retry.DisableForUnsafeHttpMethods();
        });
        return builder;
    }
}
