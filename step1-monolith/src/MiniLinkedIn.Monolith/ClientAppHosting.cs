using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using MiniLinkedIn.BuildingBlocks.Configuration;

namespace MiniLinkedIn.Monolith;

/// <summary>
/// Serves the React client from the API's origin: index.html for its client-side routes, with the
/// page's security headers; the fingerprinted /assets compressed and cached for a year.
/// </summary>
public static class ClientAppHosting
{
    private const string AssetsPath = "/assets";

    public static IServiceCollection AddClientApp(this IServiceCollection services)
    {
        services.AddValidatedOptions<ClientAppOptions>(ClientAppOptions.Section);
        services.AddResponseCompression(options =>
        {
            // Only public, fixed files go through it (see MapClientApp), so no secret can leak through compression (BREACH).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
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
        app.UseWhen(context => context.Request.Path.StartsWithSegments(AssetsPath), assets => assets.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, OnPrepareResponse = SetFileHeaders });
        // A middleware rather than a fallback endpoint: an endpoint would compete with the API's
        // own routes (turning a 405 or 415 into index.html); this runs only when no endpoint matched.
        app.Use((context, next) => IsClientRoute(context) ? SendIndexAsync(context, files) : next(context));
        return app;
    }

    private static void SetFileHeaders(StaticFileResponseContext file)
    {
        var headers = file.Context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (file.Context.Request.Path.StartsWithSegments(AssetsPath))
        {
            headers.CacheControl = PageHeaders.FingerprintedCacheControl;
        }
        else if (file.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            PageHeaders.ForPage(headers);
        }
    }

    private static bool IsClientRoute(HttpContext context) =>
        context.GetEndpoint() is null
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && !context.Request.Path.StartsWithSegments("/api")
        && !Path.HasExtension(context.Request.Path.Value);

    private static Task SendIndexAsync(HttpContext context, PhysicalFileProvider files)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        PageHeaders.ForPage(context.Response.Headers);
        return context.Response.SendFileAsync(files.GetFileInfo("index.html"));
    }
}
