namespace MiniLinkedIn.Testing.ApiModels;

/// <summary>A page of the feed, newest first; <c>nextCursor</c> is null on the last page.</summary>
public sealed record PostPage(IReadOnlyList<Post> Items, string? NextCursor);
