namespace MiniLinkedIn.Posts.Api;

/// <summary>The JSON form of a text-only post.</summary>
/// <param name="Text" example="Hello network! Our first release is out.">The post's text: 1 to {MaxPostTextLength} characters.</param>
internal sealed record TextPostRequest(string? Text);
