using MiniLinkedIn.Users.Tokens;

namespace MiniLinkedIn.Users.Accounts;

/// <summary>A successful login: whose it is and the token issued for it.</summary>
public sealed record SignedIn(UserAccount Account, IssuedToken Token);
