using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.Testing;

namespace MiniLinkedIn.Services.Tests.Infrastructure;

/// <summary>
/// One service of step 2 in memory, on real MongoDB and S3. Its calls to the other services go to
/// the in-memory hosts named in <paramref name="peers"/> (by HttpClient name), or, for a service left
/// out, to its <c>ServiceUrls</c> address, where nothing listens.
/// </summary>
public sealed class ServiceFactory<TEntryPoint>(
    IReadOnlyDictionary<string, Func<HttpMessageHandler>> peers,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null)
    : AppFactory<TEntryPoint>(WithServiceSettings(settings), s =>
    {
        foreach (var (clientName, handler) in peers)
        {
            s.AddHttpClient(clientName).ConfigurePrimaryHttpMessageHandler(handler);
        }

        services?.Invoke(s);
    })
    where TEntryPoint : class
{
    private static Dictionary<string, string?> WithServiceSettings(IReadOnlyDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["InternalApi:Key"] = PeerClients.InternalKey,
            ["ServiceUrls:Users"] = "http://user.test",
            ["ServiceUrls:Posts"] = "http://post.test",
            ["ServiceUrls:Notifications"] = "http://notification.test",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }
}
