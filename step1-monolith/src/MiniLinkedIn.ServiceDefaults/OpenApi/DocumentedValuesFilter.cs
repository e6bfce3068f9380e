using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>
/// Fills the <c>{Placeholder}</c>s of the XML docs with the values registered through
/// <see cref="DocumentedValuesExtensions.AddDocumentedValue"/>, so that the document states each limit
/// from the one constant the code enforces, instead of a number copied into prose. The same values
/// are listed for programs in <c>info.x-limits</c> (camelCase names), which the client's generated
/// <c>limits.ts</c> is made from.
/// </summary>
internal sealed class DocumentedValuesFilter(IOptions<DocumentedValuesOptions> options) : IDocumentFilter
{
    public const string LimitsExtension = "x-limits";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Info.Description = Fill(document.Info.Description);
        document.Info.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        document.Info.Extensions[LimitsExtension] = new JsonNodeExtension(Limits());
        foreach (var operation in document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            operation.Summary = Fill(operation.Summary);
            operation.Description = Fill(operation.Description);
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                parameter.Description = Fill(parameter.Description);
            }

            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                FillSchema(media.Schema);
            }

            foreach (var response in operation.Responses?.Values.OfType<OpenApiResponse>() ?? [])
            {
                response.Description = Fill(response.Description);
            }
        }

        foreach (var schema in document.Components?.Schemas?.Values ?? [])
        {
            FillSchema(schema);
        }
    }

    private JsonObject Limits()
    {
        var limits = new JsonObject();
        foreach (var (name, value) in options.Value.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            limits[JsonNamingPolicy.CamelCase.ConvertName(name)] = value;
        }

        return limits;
    }

    private void FillSchema(IOpenApiSchema? schema)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        concrete.Description = Fill(concrete.Description);
        foreach (var property in concrete.Properties?.Values ?? [])
        {
            FillSchema(property);
        }
    }

    private string? Fill(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        foreach (var (name, value) in options.Value.Values)
        {
            text = text.Replace("{" + name + "}", value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }
}
