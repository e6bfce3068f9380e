using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.ServiceCalls;

namespace MiniLinkedIn.Posts.Contracts.Http;

public static class PostDirectoryClientExtensions
{
    /// <summary>For a service without the Posts module: <see cref="IPostDirectory"/> asks the post service (<c>ServiceUrls:Posts</c>).</summary>
    public static IServiceCollection AddPostDirectoryClient(this IServiceCollection services)
    {
        services.AddInternalApiClient<IPostDirectory, HttpPostDirectory>("post", urls => urls.Posts, attemptTimeout: TimeSpan.FromSeconds(2));
        return services;
    }
}
