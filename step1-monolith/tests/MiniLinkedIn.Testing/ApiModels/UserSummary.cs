namespace MiniLinkedIn.Testing.ApiModels;

/// <summary>A user as the API shows one: in <c>POST /api/register</c>'s answer, a login, a post's or a notification's author.</summary>
public sealed record UserSummary(string Id, string Email);
