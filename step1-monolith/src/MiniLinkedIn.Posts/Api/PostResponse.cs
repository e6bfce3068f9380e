using MiniLinkedIn.Posts.Posting;
using MiniLinkedIn.ServiceDefaults.Authentication;

namespace MiniLinkedIn.Posts.Api;

/// <summary>A post as the API shows it; <c>imageUrl</c> is a same-origin path, or null for a text-only post.</summary>
/// <param name="Id">The post id: 24 hexadecimal characters.</param>
/// <param name="Author">Who published it.</param>
/// <param name="Text">The text, 1 to 3000 characters.</param>
/// <param name="ImageUrl">The path of its image (see <c>getPostImage</c>), or null for a text-only post.</param>
/// <param name="CreatedAt">When it was published: ISO-8601, UTC, milliseconds.</param>
public sealed record PostResponse(string Id, UserSummary Author, string Text, string? ImageUrl, DateTime CreatedAt)
{
    public static PostResponse From(Post post) => new(
        post.Id.ToString(),
        new UserSummary(post.AuthorId, post.AuthorEmail),
        post.Text,
        post.Image is null ? null : PostImagesController.UrlOf(post.Image.Id),
        post.CreatedAt);
}

/// <summary>A page of the feed.</summary>
/// <param name="Items">The posts, newest first.</param>
/// <param name="NextCursor">The <c>cursor</c> of the next page, or null when this is the last page.</param>
public sealed record PostPageResponse(IReadOnlyList<PostResponse> Items, string? NextCursor);

/// <summary>The JSON form of a text-only post.</summary>
/// <param name="Text">The post's text: 1 to 3000 characters.</param>
public sealed record TextPostRequest(string? Text);
