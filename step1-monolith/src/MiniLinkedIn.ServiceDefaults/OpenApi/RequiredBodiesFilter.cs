using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>
/// Marks request bodies required. Every body this API takes is: an [ApiController] action answers a
/// 400 to an empty JSON body, and a post needs its text, as a form field or in JSON.
/// </summary>
internal sealed class RequiredBodiesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var takesBody = context.ApiDescription.ParameterDescriptions.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form);
        if (takesBody && operation.RequestBody is OpenApiRequestBody body)
        {
            body.Required = true;
        }
    }
}
