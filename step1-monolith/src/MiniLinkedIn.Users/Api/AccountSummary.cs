using MiniLinkedIn.ServiceDefaults.Authentication;
using MiniLinkedIn.Users.Accounts;

namespace MiniLinkedIn.Users.Api;

/// <summary>How an account is shown to clients: its id and email, never its password hash.</summary>
internal static class AccountSummary
{
    public static UserSummary Of(UserAccount account) => new(account.Id.ToString(), account.Email);
}
