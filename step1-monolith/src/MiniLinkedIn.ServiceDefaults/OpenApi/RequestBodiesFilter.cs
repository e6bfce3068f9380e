using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>
/// What holds for every operation that takes a body: the body is required (an [ApiController]
/// action answers a 400 to an empty JSON body, and a post needs its text), and a body of a media
/// type (or charset) the operation does not read is a 415 problem. The 415 is added where the
/// action does not document one itself.
/// </summary>
internal sealed class RequestBodiesFilter : IOperationFilter
{
    private const string UnsupportedMediaType = "415";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var takesBody = context.ApiDescription.ParameterDescriptions.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form);
        if (!takesBody || operation.RequestBody is not OpenApiRequestBody body)
        {
            return;
        }

        body.Required = true;
        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey(UnsupportedMediaType))
        {
            operation.Responses[UnsupportedMediaType] = new OpenApiResponse
            {
                Description = $"The body is not {string.Join(" or ", body.Content?.Keys ?? [])}, or not in UTF-8.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new()
                    {
                        Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository),
                    },
                },
            };
        }
    }
}
