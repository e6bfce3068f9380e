namespace MiniLinkedIn.ServiceDefaults.Authentication;

/// <summary>A user as every API response shows one: <c>{ id, email }</c>.</summary>
public sealed record UserSummary(string Id, string Email);
