using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>
/// Marks every property of the API's own response objects required. The API writes all of their
/// properties, null ones too (no property is skipped when null), so a client may rely on each key
/// being there: <c>imageUrl</c> is <c>string | null</c>, never missing. Swashbuckle cannot know that
/// from the types alone and would leave every property optional.
/// </summary>
/// <remarks>
/// Only closed objects (<c>additionalProperties: false</c>) used in responses and nowhere in a
/// request, that declare no <c>required</c> list themselves: request bodies keep their own rules, and
/// RFC 9457 problem details, whose members are all optional, stay open.
/// </remarks>
internal sealed class CompleteResponseObjectsFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        if (swaggerDoc.Components?.Schemas is not { } schemas)
        {
            return;
        }

        var inResponses = new HashSet<string>(StringComparer.Ordinal);
        var inRequests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in swaggerDoc.Paths.Values.SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            foreach (var media in (operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>()).SelectMany(response => response.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>()))
            {
                Collect(media.Schema, schemas, inResponses);
            }

            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                Collect(media.Schema, schemas, inRequests);
            }

            foreach (var parameter in operation.Parameters ?? [])
            {
                Collect(parameter.Schema, schemas, inRequests);
            }
        }

        foreach (var id in inResponses.Except(inRequests))
        {
            if (schemas[id] is OpenApiSchema { AdditionalPropertiesAllowed: false, Properties.Count: > 0, Required: null or { Count: 0 } } schema)
            {
                schema.Required = new SortedSet<string>(schema.Properties.Keys, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Adds the ids of the component schemas <paramref name="schema"/> refers to, transitively.</summary>
    private static void Collect(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> ids)
    {
        if (schema is OpenApiSchemaReference { Reference.Id: { } id })
        {
            if (!ids.Add(id) || !schemas.TryGetValue(id, out schema))
            {
                return;
            }
        }

        if (schema is null)
        {
            return;
        }

        foreach (var child in (schema.Properties?.Values ?? []).Concat(schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? []))
        {
            Collect(child, schemas, ids);
        }

        Collect(schema.Items, schemas, ids);
        Collect(schema.AdditionalProperties, schemas, ids);
    }
}
