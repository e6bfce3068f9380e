namespace MiniLinkedIn.Notifications.Contracts;

public sealed record NewPostNotice(string PostId, string AuthorId, string AuthorEmail, string Text, DateTime CreatedAt);
