using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>
/// Documents the <c>ETag</c> header on the 200 and 304 answers of every operation that can answer
/// 304 Not Modified: the value a client sends back as <c>If-None-Match</c>, a header spelled as
/// HTTP spells it (parameters are otherwise described in camelCase).
/// </summary>
internal sealed class EntityTagHeaderFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is not { } responses || !responses.ContainsKey("304"))
        {
            return;
        }

        foreach (var header in (operation.Parameters ?? []).OfType<OpenApiParameter>()
            .Where(p => p.In == ParameterLocation.Header && string.Equals(p.Name, HeaderNames.IfNoneMatch, StringComparison.OrdinalIgnoreCase)))
        {
            header.Name = HeaderNames.IfNoneMatch;
        }

        foreach (var response in responses.Where(r => r.Key is "200" or "304").Select(r => r.Value).OfType<OpenApiResponse>())
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[HeaderNames.ETag] = new OpenApiHeader
            {
                Description = "Identifies this answer; send it back as If-None-Match to be answered 304 while nothing changed.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
    }
}
