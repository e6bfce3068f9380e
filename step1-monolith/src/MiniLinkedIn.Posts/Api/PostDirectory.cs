using MiniLinkedIn.Posts.Contracts;
using MiniLinkedIn.Posts.Posting;

namespace MiniLinkedIn.Posts.Api;

/// <summary>The Posts side of <see cref="IPostDirectory"/>: what other modules may ask, answered in-process.</summary>
internal sealed class PostDirectory(PostService posts) : IPostDirectory
{
    public async Task<PublishedPost?> FindAsync(string postId, CancellationToken cancellationToken) =>
        PostIds.TryParsePostId(postId, out var id) && await posts.FindAsync(id, cancellationToken) is { } post
            ? new PublishedPost(post.Id.ToString(), post.AuthorId, post.AuthorEmail, post.Text, post.CreatedAt)
            : null;
}
