using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MiniLinkedIn.ServiceDefaults.Http;

/// <summary>
/// Validation problems that say in plain words what was wrong, without quoting the request or
/// naming .NET types. Out of the box, a JSON body that cannot be read gets System.Text.Json's own
/// message ("could not be converted to MiniLinkedIn.Users.Api.Credentials. Path: $.email |
/// LineNumber: ...") under the JSON path as sent, so a client's own key comes back; and a query
/// value that is not a number comes back quoted ("The value 'abc' is not valid for Limit.").
/// </summary>
public static class SafeValidationProblems
{
    public const string UnreadableBody = "The request body is not valid JSON for this operation.";

    public static IMvcBuilder AddSafeValidationProblems(this IMvcBuilder mvc)
    {
        mvc.AddJsonOptions(options => options.AllowInputFormatterExceptionMessages = false);
        mvc.AddMvcOptions(options =>
        {
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"The value is not valid for {field}.");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "The value is not valid.");
            messages.SetValueIsInvalidAccessor(_ => "The value is not valid.");
        });
        mvc.Services.Configure<ApiBehaviorOptions>(options => options.InvalidModelStateResponseFactory = Respond);
        return mvc;
    }

    private static BadRequestObjectResult Respond(ActionContext context)
    {
        var bodyProperties = JsonPropertiesOfBody(context);
        var safe = new ModelStateDictionary();
        foreach (var (key, entry) in context.ModelState)
        {
            foreach (var error in entry.Errors)
            {
                if (IsJsonReadError(key, error))
                {
                    var property = TopLevelProperty(key, bodyProperties);
                    safe.AddModelError(
                        property is null ? "$" : "$." + property,
                        property is null ? UnreadableBody : $"The JSON value of {property} cannot be read: check its type and syntax.");
                }
                else
                {
                    safe.AddModelError(key, string.IsNullOrEmpty(error.ErrorMessage) ? "The value is not valid." : error.ErrorMessage);
                }
            }
        }

        var problem = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>()
            .CreateValidationProblemDetails(context.HttpContext, safe);
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    // The JSON input formatter keys its errors by JSON path ("$", "$.email") and, with exception
    // messages turned off, leaves the message empty and the exception attached.
    private static bool IsJsonReadError(string key, ModelError error) =>
        key.StartsWith('$') || (error.Exception is not null && string.IsNullOrEmpty(error.ErrorMessage));

    /// <returns>The declared name of the body property the path starts with, or null (the path names none of them).</returns>
    private static string? TopLevelProperty(string path, IReadOnlyList<string> properties)
    {
        if (!path.StartsWith("$.", StringComparison.Ordinal))
        {
            return null;
        }

        var name = path[2..];
        var end = name.IndexOfAny(['.', '[']);
        name = end < 0 ? name : name[..end];
        return properties.FirstOrDefault(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> JsonPropertiesOfBody(ActionContext context)
    {
        var json = context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
        return context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == BindingSource.Body)
            .SelectMany(p => json.GetTypeInfo(p.ParameterType).Properties.Select(property => property.Name))
            .ToList();
    }
}
