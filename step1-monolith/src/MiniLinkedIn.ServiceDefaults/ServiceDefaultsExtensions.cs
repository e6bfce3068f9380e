using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.BuildingBlocks.Configuration;
using MiniLinkedIn.BuildingBlocks.Persistence;
using MiniLinkedIn.ServiceDefaults.Authentication;
using MiniLinkedIn.ServiceDefaults.Health;
using MiniLinkedIn.ServiceDefaults.Http;
using MiniLinkedIn.ServiceDefaults.Logging;
using MiniLinkedIn.ServiceDefaults.OpenApi;

namespace MiniLinkedIn.ServiceDefaults;

/// <summary>The wiring every Mini-LinkedIn host shares; modules add their own parts on top.</summary>
public static class ServiceDefaultsExtensions
{
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string apiTitle)
    {
        builder.AddConsoleLogs();

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetailsEverywhere();
        services.AddControllers(options =>
        {
            // Validation errors are keyed by JSON names ("email"), as the client sent them.
            options.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider());
            // A body that is not JSON gets its one parse error, not a second "field is required".
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        })
            .ConfigureApplicationPartManager(parts => parts.FeatureProviders.Add(new InternalControllersFeatureProvider()))
            .AddSafeValidationProblems();
        services.AddValidatedOptions<TrustedProxyOptions>(TrustedProxyOptions.Section);
        services.AddJwtBearerAuthentication();
        services.AddMongo();
        services.AddSwaggerWithBearer(apiTitle);
        return builder;
    }

    /// <summary>The middleware every host runs, in order; the host maps its own extras afterwards.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseForwardedHeadersFromTrustedProxies();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Explicit, so that the exception handler above also covers routing errors.
        app.UseRouting();
        app.UseSwaggerUi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        app.MapControllers();
        return app;
    }
}
