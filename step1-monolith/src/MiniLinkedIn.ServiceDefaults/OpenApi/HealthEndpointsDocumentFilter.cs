using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>
/// Describes <c>/healthz</c> and <c>/readyz</c> (see Health/HealthEndpoints.cs), which are health
/// check endpoints, not MVC actions, so the API explorer does not see them. Behind the gateway the
/// gateway answers both itself, with the same shapes.
/// </summary>
internal sealed class HealthEndpointsDocumentFilter : IDocumentFilter
{
    private const string Tag = "Health";

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var status = context.SchemaRepository.AddDefinition("HealthStatus", new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "The state of a process, and of each thing it depends on when that was checked.",
            Required = new SortedSet<string>(StringComparer.Ordinal) { "status" },
            AdditionalPropertiesAllowed = false,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "`Healthy` in a 200." },
                ["checks"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Each dependency checked (or, at the gateway, each service) and its state.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String },
                },
            },
        });
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);

        swaggerDoc.Tags ??= new HashSet<OpenApiTag>();
        swaggerDoc.Tags.Add(new OpenApiTag { Name = Tag });
        swaggerDoc.Paths["/healthz"] = Get(
            swaggerDoc,
            "getHealth",
            "Whether the process answers (liveness).",
            "200 as long as the process can answer HTTP; it checks nothing else, so a restart is the only cure when it fails.",
            Json("The process answers.", "application/json", status),
            unavailable: null);
        swaggerDoc.Paths["/readyz"] = Get(
            swaggerDoc,
            "getReadiness",
            "Whether the process can serve requests (readiness).",
            "200 once MongoDB, S3 and the start-up tasks (indexes, the bucket) are ready; until then, or while one of them is down, a 503 "
            + "problem that lists each check. Behind the gateway: 200 when every service is ready.",
            Json("Ready: every check is healthy.", "application/json", status),
            Json("Not ready; `checks` tells which dependency is not.", "application/problem+json", problem));
    }

    private static OpenApiPathItem Get(
        OpenApiDocument document, string operationId, string summary, string description, OpenApiResponse ok, OpenApiResponse? unavailable)
    {
        var responses = new OpenApiResponses { ["200"] = ok };
        if (unavailable is not null)
        {
            responses["503"] = unavailable;
        }

        return new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    OperationId = operationId,
                    Summary = summary,
                    Description = description,
                    Tags = new HashSet<OpenApiTagReference> { new(Tag, document) },
                    Responses = responses,
                },
            },
        };
    }

    private static OpenApiResponse Json(string description, string mediaType, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [mediaType] = new() { Schema = schema } },
    };
}
