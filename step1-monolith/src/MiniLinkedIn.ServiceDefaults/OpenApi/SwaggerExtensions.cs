using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

public static class SwaggerExtensions
{
    private const string BearerScheme = "Bearer";

    public static IServiceCollection AddSwaggerWithBearer(this IServiceCollection services, string title)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo { Title = title, Version = "v1" });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Paste the accessToken from POST /api/login (without the word Bearer).",
            });
            options.OperationFilter<BearerRequirementFilter>();
            foreach (var xml in Directory.EnumerateFiles(AppContext.BaseDirectory, "MiniLinkedIn.*.xml"))
            {
                options.IncludeXmlComments(xml);
            }
        });
        return services;
    }

    public static WebApplication UseSwaggerUi(this WebApplication app)
    {
        var gatewayDocuments = app.Configuration.GetValue<bool>("OpenApi:GatewayDocuments");
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.DocumentTitle = "Mini-LinkedIn API";
            if (gatewayDocuments)
            {
                // Behind the gateway one UI serves all services, with a picker; the gateway routes
                // /swagger/<service>/v1/swagger.json to that service's own document.
                foreach (var service in GatewayServices)
                {
                    options.SwaggerEndpoint($"/swagger/{service}/v1/swagger.json", $"Mini-LinkedIn {service}");
                }
            }
        });
        return app;
    }

    private static readonly string[] GatewayServices = ["users", "posts", "notifications"];

    /// <summary>Shows the lock (and sends the token) only on endpoints that need one.</summary>
    private sealed class BearerRequirementFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }

            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [],
            });
        }
    }
}
