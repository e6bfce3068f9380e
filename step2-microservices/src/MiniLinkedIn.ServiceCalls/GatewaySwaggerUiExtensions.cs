using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace MiniLinkedIn.ServiceCalls;

public static class GatewaySwaggerUiExtensions
{
    private static readonly string[] GatewayServices = ["users", "posts", "notifications"];

    /// <summary>
    /// Behind the gateway one Swagger UI serves all services, with a picker: the gateway routes
    /// <c>/swagger/&lt;service&gt;/v1/swagger.json</c> to that service's own document.
    /// </summary>
    public static IServiceCollection AddGatewaySwaggerUi(this IServiceCollection services) =>
        services.Configure<SwaggerUIOptions>(options =>
        {
            foreach (var service in GatewayServices)
            {
                options.SwaggerEndpoint($"/swagger/{service}/v1/swagger.json", $"Mini-LinkedIn {service}");
            }
        });
}
