using MiniLinkedIn.Users.Tokens;

namespace MiniLinkedIn.Users.Accounts;

/// <summary>A successful login: whose it is and the token issued for it.</summary>
internal sealed record SignedIn(UserAccount Account, IssuedToken Token);
