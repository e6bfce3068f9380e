using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>
/// Documents JSON bodies as <c>application/json</c> only. MVC's formatters would also take or give
/// <c>text/json</c>, <c>application/*+json</c> and <c>text/plain</c>, and Swashbuckle lists them all,
/// which triples every schema in the document and in generated clients for media types no client
/// of this API uses. Problem bodies keep their <c>application/problem+json</c>.
/// </summary>
internal sealed class JsonMediaTypesFilter : IOperationFilter
{
    private const string Json = "application/json";
    private static readonly string[] Redundant = ["text/plain", "text/json", "application/*+json"];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        KeepJsonOnly(operation.RequestBody?.Content);
        foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
        {
            KeepJsonOnly(response.Content);
        }
    }

    private static void KeepJsonOnly(IDictionary<string, OpenApiMediaType>? content)
    {
        if (content is null || !content.ContainsKey(Json))
        {
            return;
        }

        foreach (var mediaType in Redundant)
        {
            content.Remove(mediaType);
        }
    }
}
