using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MiniLinkedIn.ServiceDefaults.Authentication;

/// <summary>The authenticated caller, read from the validated token's claims.</summary>
public sealed record CurrentUser(string Id, string Email)
{
    public static CurrentUser From(ClaimsPrincipal principal) => new(
        principal.FindFirstValue(JwtRegisteredClaimNames.Sub) ?? throw new InvalidOperationException("Token has no 'sub' claim."),
        principal.FindFirstValue(JwtRegisteredClaimNames.Email) ?? throw new InvalidOperationException("Token has no 'email' claim."));
}
