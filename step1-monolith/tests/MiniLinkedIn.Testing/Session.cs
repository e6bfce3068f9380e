using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.Testing;

/// <summary>A user of the API: registered, logged in, holding a client with their token.</summary>
public sealed record Session(UserSummary User, string Token, HttpClient Client);
