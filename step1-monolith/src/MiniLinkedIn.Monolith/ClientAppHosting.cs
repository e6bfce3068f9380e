using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace MiniLinkedIn.Monolith;

public sealed class ClientAppOptions
{
    public const string Section = "ClientApp";

    /// <summary>Folder of the built React client (client-react/dist). Empty: serve the API only.</summary>
    public string? RootPath { get; set; }
}

/// <summary>Serves the React client from the API's origin, with a fallback to index.html for its routes.</summary>
public static class ClientAppHosting
{
    public static IServiceCollection AddClientApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ClientAppOptions>(configuration.GetSection(ClientAppOptions.Section));
        return services;
    }

    public static WebApplication MapClientApp(this WebApplication app)
    {
        // Unknown API paths stay API 404s; only other paths fall back to the client.
        app.MapFallback("/api/{**path}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found"));

        var root = app.Services.GetRequiredService<IOptions<ClientAppOptions>>().Value.RootPath;
        if (string.IsNullOrWhiteSpace(root))
        {
            return app;
        }

        var files = new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(root)) };
        app.UseStaticFiles(files);
        app.MapFallbackToFile("index.html", files);
        return app;
    }
}
