using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using MiniLinkedIn.BuildingBlocks.Idempotency;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

/// <summary>Describes the <c>Idempotency-Key</c> header on the writes marked <see cref="AcceptsIdempotencyKeyAttribute"/>.</summary>
internal sealed class IdempotencyKeyHeaderFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AcceptsIdempotencyKeyAttribute>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKey.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description =
                "Makes the write safe to retry: a fresh value per intended write (a UUID is a good one), sent again " +
                "unchanged with every retry of it. Remembered for {IdempotencyKeyLifetimeHours} hours per caller: a repeat " +
                "of the same request answers the first one's outcome (the same status, body and Location) and does " +
                "nothing again; the same key with a different request is a 422. 1 to {MaxIdempotencyKeyLength} " +
                "printable ASCII characters, else a 400.",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MinLength = 1,
                MaxLength = IdempotencyKey.MaxLength,
                Pattern = "^[\\x20-\\x7E]+$",
            },
            Example = JsonValue.Create("5f0c2a8e-7b1d-4c39-9a51-2d7e6f3b8c40"),
        });
    }
}
