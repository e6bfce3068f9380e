using MiniLinkedIn.Posts.Posting;
using MiniLinkedIn.ServiceDefaults.Authentication;

namespace MiniLinkedIn.Posts.Api;

/// <summary>A post as the API shows it; <c>imageUrl</c> is a same-origin path, or null for a text-only post.</summary>
/// <param name="Id" example="6650f0c2a1b2c3d4e5f60718">The post id: 24 hexadecimal characters.</param>
/// <param name="Author">Who published it.</param>
/// <param name="Text" example="Hello network! Our first release is out.">The text, 1 to {MaxPostTextLength} characters.</param>
/// <param name="ImageUrl" example="/api/post/images/9b2f0c6e4d1a8b3c5e7f9a0b1c2d3e4f">The path of its image (see <c>getPostImage</c>), or null for a text-only post.</param>
/// <param name="CreatedAt" example="2026-11-29T12:34:56.789Z">When it was published: ISO-8601, UTC, milliseconds.</param>
internal sealed record PostResponse(string Id, UserSummary Author, string Text, string? ImageUrl, DateTime CreatedAt)
{
    public static PostResponse From(Post post) => new(
        post.Id.ToString(),
        new UserSummary(post.AuthorId, post.AuthorEmail),
        post.Text,
        post.Image is null ? null : PostImagesController.UrlOf(post.Image.Id),
        post.CreatedAt);
}
