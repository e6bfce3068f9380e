using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MiniLinkedIn.Monolith;

public sealed class ClientAppOptions
{
    public const string Section = "ClientApp";

    /// <summary>Folder of the built React client (client-react/dist). Empty: serve the API only.</summary>
    public string? RootPath { get; set; }
}

/// <summary>Serves the React client from the API's origin, with index.html for its client-side routes.</summary>
public static class ClientAppHosting
{
    public static IServiceCollection AddClientApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ClientAppOptions>(configuration.GetSection(ClientAppOptions.Section));
        return services;
    }

    public static WebApplication MapClientApp(this WebApplication app)
    {
        var root = app.Services.GetRequiredService<IOptions<ClientAppOptions>>().Value.RootPath;
        if (string.IsNullOrWhiteSpace(root))
        {
            return app;
        }

        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        // A middleware rather than a fallback endpoint: an endpoint would compete with the API's
        // own routes (turning a 405 or 415 into index.html); this runs only when no endpoint matched.
        app.Use((context, next) => IsClientRoute(context) ? SendIndexAsync(context, files) : next(context));
        return app;
    }

    private static bool IsClientRoute(HttpContext context) =>
        context.GetEndpoint() is null
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && !context.Request.Path.StartsWithSegments("/api")
        && !Path.HasExtension(context.Request.Path.Value);

    private static Task SendIndexAsync(HttpContext context, PhysicalFileProvider files)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        return context.Response.SendFileAsync(files.GetFileInfo("index.html"));
    }
}
