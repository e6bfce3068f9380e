namespace MiniLinkedIn.Posts.Contracts;

/// <summary>A post as other modules see it: enough to announce it and to know whose it is.</summary>
public sealed record PublishedPost(string Id, string AuthorId, string AuthorEmail, string Text, DateTime CreatedAt);
