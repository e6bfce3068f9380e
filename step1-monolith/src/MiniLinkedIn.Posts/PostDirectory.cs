using MiniLinkedIn.Posts.Contracts;
using MiniLinkedIn.Posts.Posting;

namespace MiniLinkedIn.Posts;

/// <summary>The Posts side of <see cref="IPostDirectory"/>, answered from this module's own database.</summary>
public sealed class PostDirectory(PostService posts) : IPostDirectory
{
    public async Task<PublishedPost?> FindAsync(string postId, CancellationToken cancellationToken) =>
        await posts.FindAsync(postId, cancellationToken) is { } post
            ? new PublishedPost(post.Id.ToString(), post.AuthorId, post.AuthorEmail, post.Text, post.CreatedAt)
            : null;
}
