namespace MiniLinkedIn.Testing.ApiModels;

/// <summary>A post: <c>imageUrl</c> is null for a text-only post.</summary>
public sealed record Post(string Id, UserSummary Author, string Text, string? ImageUrl, DateTimeOffset CreatedAt);
