using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MiniLinkedIn.Posts.Contracts.Http;

public static class PostDirectoryEndpoint
{
    /// <summary>The post service's side: <c>GET /internal/posts/{id}</c> answers <see cref="PublishedPost"/> or 404.</summary>
    public static RouteGroupBuilder MapPostDirectory(this RouteGroupBuilder internalApi)
    {
        internalApi.MapGet("/posts/{id}", async (string id, IPostDirectory posts, CancellationToken cancellationToken) =>
            await posts.FindAsync(id, cancellationToken) is { } post
                ? Results.Ok(post)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Post not found"));
        return internalApi;
    }

    internal static string PathOf(string postId) => $"internal/posts/{Uri.EscapeDataString(postId)}";
}
