using System.Net;
using System.Net.Http.Json;

namespace MiniLinkedIn.Posts.Contracts.Http;

/// <summary><see cref="IPostDirectory"/> answered by the post service, over <c>GET /internal/posts/{id}</c>.</summary>
internal sealed class HttpPostDirectory(HttpClient http) : IPostDirectory
{
    public async Task<PublishedPost?> FindAsync(string postId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(PostDirectoryEndpoint.PathOf(postId), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<PublishedPost>(cancellationToken)
            ?? throw new InvalidOperationException("The post service answered an empty post.");
    }
}
