using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.ContractTests;

/// <summary>A registered, logged-in user.</summary>
public sealed record Session(UserSummary User, string Email, string Password, string AccessToken)
{
    public string Id => User.Id;
}
