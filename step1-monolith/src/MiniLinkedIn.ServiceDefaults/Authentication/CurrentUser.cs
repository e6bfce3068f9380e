using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MiniLinkedIn.ServiceDefaults.Authentication;

/// <summary>The authenticated caller, read from the validated token's claims.</summary>
public sealed record CurrentUser(string Id, string Email)
{
    /// <summary>The caller of an authenticated request; a token without both claims never gets that far.</summary>
    public static CurrentUser From(ClaimsPrincipal principal) =>
        TryFrom(principal) ?? throw new InvalidOperationException("The token names no user: it has no 'sub' or no 'email' claim.");

    /// <returns>The user the claims name, or null when the 'sub' or the 'email' claim is missing or empty.</returns>
    public static CurrentUser? TryFrom(ClaimsPrincipal? principal) =>
        principal?.FindFirstValue(JwtRegisteredClaimNames.Sub) is { Length: > 0 } id
        && principal.FindFirstValue(JwtRegisteredClaimNames.Email) is { Length: > 0 } email
            ? new CurrentUser(id, email)
            : null;
}
