using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.Testing;

/// <summary>
/// A registered, logged-in user of the API under test. A plain file, linked into the black-box contract
/// suite, which passes <see cref="Token"/> per call; the in-memory suites add a client (SessionClient.cs).
/// </summary>
public sealed partial record Session(UserSummary User, string Token)
{
    public string Id => User.Id;
}
