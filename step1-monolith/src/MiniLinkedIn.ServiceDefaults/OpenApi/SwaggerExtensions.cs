using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using MiniLinkedIn.BuildingBlocks.Paging;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>
/// The OpenAPI document every host serves at <c>/swagger/v1/swagger.json</c>, and Swagger UI. The
/// monolith and each step-2 service describe their own operations with the same conventions, so the
/// gateway's merge of the three reads like the monolith's document (deploy/openapi/check.sh lints
/// them, validates live responses against them and generates the React client's types from them).
/// </summary>
public static class SwaggerExtensions
{
    public static IServiceCollection AddSwaggerWithBearer(this IServiceCollection services, string title)
    {
        services.AddEndpointsApiExplorer();
        services.AddDocumentedValue("DefaultPageSize", PageQuery.DefaultLimit);
        services.AddDocumentedValue("MaxPageSize", PageQuery.MaxLimit);
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", ApiInfo.For(title));
            // Relative: the monolith and the gateway serve the API at the root of the origin the
            // document was loaded from; a service behind the gateway has no address of its own to give.
            options.AddServer(new OpenApiServer { Url = "/", Description = ApiInfo.ServerDescription });

            // Operation ids are the endpoint names ([EndpointName] on each action), Swashbuckle's default.
            options.SupportNonNullableReferenceTypes();
            options.DescribeAllParametersInCamelCase();
            options.AddSecurityDefinition(BearerRequirementFilter.Scheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Paste the accessToken from POST /api/login (without the word Bearer).",
            });
            options.OperationFilter<BearerRequirementFilter>();
            options.OperationFilter<IdempotencyKeyHeaderFilter>();
            options.OperationFilter<JsonAlternativeBodyFilter>();
            options.OperationFilter<JsonMediaTypesFilter>();
            options.OperationFilter<RequestBodiesFilter>();
            options.OperationFilter<EntityTagHeaderFilter>();
            options.DocumentFilter<HealthEndpointsDocumentFilter>();
            options.DocumentFilter<CompleteResponseObjectsFilter>();
            options.DocumentFilter<DocumentedValuesFilter>();
            foreach (var xml in Directory.EnumerateFiles(AppContext.BaseDirectory, "MiniLinkedIn.*.xml"))
            {
                options.IncludeXmlComments(xml);
            }
        });
        return services;
    }

    /// <summary>
    /// The document and Swagger UI. A host may add documents to the UI's picker by configuring
    /// <see cref="SwaggerUIOptions"/> (step 2's services list the gateway's three).
    /// </summary>
    public static WebApplication UseSwaggerUi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.DocumentTitle = "Mini-LinkedIn API";
            options.DisplayOperationId();
        });
        return app;
    }
}
