using MiniLinkedIn.Posts.Posting;
using MiniLinkedIn.ServiceDefaults.Authentication;

namespace MiniLinkedIn.Posts.Api;

/// <summary>A post as the API shows it; <c>imageUrl</c> is a same-origin path, or null for a text-only post.</summary>
public sealed record PostResponse(string Id, UserSummary Author, string Text, string? ImageUrl, DateTime CreatedAt)
{
    public static PostResponse From(Post post) => new(
        post.Id.ToString(),
        new UserSummary(post.AuthorId, post.AuthorEmail),
        post.Text,
        post.Image is null ? null : PostImagesController.UrlOf(post.Image.Id),
        post.CreatedAt);
}

public sealed record PostPageResponse(IReadOnlyList<PostResponse> Items, string? NextCursor);

/// <summary>The JSON form of a text-only post.</summary>
public sealed record TextPostRequest(string? Text);
