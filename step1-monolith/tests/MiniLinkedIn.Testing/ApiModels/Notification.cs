namespace MiniLinkedIn.Testing.ApiModels;

/// <summary>A notification of someone else's post, as its reader sees it.</summary>
public sealed record Notification(string Id, string PostId, UserSummary Author, string Preview, DateTimeOffset CreatedAt, bool Read);
