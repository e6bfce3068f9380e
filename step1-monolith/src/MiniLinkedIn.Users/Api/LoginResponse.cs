using MiniLinkedIn.ServiceDefaults.Authentication;
using MiniLinkedIn.Users.Accounts;

namespace MiniLinkedIn.Users.Api;

/// <summary>A successful login.</summary>
/// <param name="AccessToken" example="eyJhbGciOiJSUzI1NiIsImtpZCI6IjVmM2UiLCJ0eXAiOiJKV1QifQ.eyJzdWIiOiI2NjUwIn0.c2lnbmF0dXJl">The bearer token: send it as <c>Authorization: Bearer &lt;accessToken&gt;</c>.</param>
/// <param name="TokenType" example="Bearer">Always <c>Bearer</c>.</param>
/// <param name="ExpiresIn" example="3600">Seconds until the token expires; log in again after that.</param>
/// <param name="User">Whom the token is for.</param>
internal sealed record LoginResponse(string AccessToken, string TokenType, int ExpiresIn, UserSummary User)
{
    public static LoginResponse From(SignedIn signedIn) => new(
        signedIn.Token.AccessToken, "Bearer", signedIn.Token.ExpiresInSeconds, AccountSummary.Of(signedIn.Account));
}
