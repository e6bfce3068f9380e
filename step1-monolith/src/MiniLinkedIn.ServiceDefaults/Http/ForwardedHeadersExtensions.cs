using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MiniLinkedIn.ServiceDefaults.Http;

public static class ForwardedHeadersExtensions
{
    /// <summary>
    /// Behind the gateway, the client's address (which the login limit counts) and scheme come from
    /// X-Forwarded-For/-Proto, but only on connections from <c>ForwardedHeaders:TrustedNetworks</c>, and
    /// only the last hop, which the gateway sets itself; a client that sends the header gains nothing.
    /// </summary>
    public static WebApplication UseForwardedHeadersFromTrustedProxies(this WebApplication app)
    {
        var networks = app.Services.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.TrustedNetworks
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(System.Net.IPNetwork.Parse)
            .ToList();
        if (networks.Count == 0)
        {
            // Not even the middleware: with empty lists it would trust every sender.
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        networks.ForEach(options.KnownIPNetworks.Add);
        app.UseForwardedHeaders(options);
        return app;
    }
}
