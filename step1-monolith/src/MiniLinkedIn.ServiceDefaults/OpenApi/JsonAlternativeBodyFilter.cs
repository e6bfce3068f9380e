using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>
/// One operation, two request bodies. An endpoint that takes a form and, from a second action on
/// the same method and path, JSON (<c>POST /api/post</c>) is two actions in MVC but one operation
/// in OpenAPI, which allows several media types in one <c>requestBody</c>. The JSON action is hidden
/// from the API explorer (<c>[ApiExplorerSettings(IgnoreApi = true)]</c>, as one method and path
/// can only be one operation); this filter adds its body to the visible action's operation as
/// <c>application/json</c>.
/// </summary>
internal sealed class JsonAlternativeBodyFilter(IActionDescriptorCollectionProvider actions) : IOperationFilter
{
    private const string Json = "application/json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor is not ControllerActionDescriptor documented
            || operation.RequestBody?.Content is not { } content
            || content.ContainsKey(Json)
            || context.ApiDescription.HttpMethod is not { } method)
        {
            return;
        }

        var template = documented.AttributeRouteInfo?.Template;
        foreach (var sibling in actions.ActionDescriptors.Items.OfType<ControllerActionDescriptor>())
        {
            if (ReferenceEquals(sibling, documented)
                || sibling.AttributeRouteInfo?.Template != template
                || !IsHiddenFromApiExplorer(sibling)
                || !Handles(sibling, method)
                || sibling.Parameters.FirstOrDefault(p => p.BindingInfo?.BindingSource == BindingSource.Body) is not { } body)
            {
                continue;
            }

            content[Json] = new OpenApiMediaType
            {
                Schema = context.SchemaGenerator.GenerateSchema(body.ParameterType, context.SchemaRepository),
            };
        }
    }

    private static bool IsHiddenFromApiExplorer(ControllerActionDescriptor action) =>
        action.EndpointMetadata.OfType<IApiDescriptionVisibilityProvider>().Any(v => v.IgnoreApi);

    private static bool Handles(ControllerActionDescriptor action, string method) =>
        action.ActionConstraints?.OfType<HttpMethodActionConstraint>()
            .Any(c => c.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase)) == true;
}
