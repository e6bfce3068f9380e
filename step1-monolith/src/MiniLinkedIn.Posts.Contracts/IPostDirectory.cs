namespace MiniLinkedIn.Posts.Contracts;

/// <summary>What other modules may ask the Posts module: does a post exist, and whose is it.</summary>
public interface IPostDirectory
{
    /// <returns>The post, or null when no post has that id (or the id is malformed).</returns>
    Task<PublishedPost?> FindAsync(string postId, CancellationToken cancellationToken);
}
