using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace MiniLinkedIn.ServiceDefaults.Authentication;

/// <summary>
/// A token with a valid signature is still refused (401) when it does not say who the caller is:
/// every endpoint reads <c>sub</c> and <c>email</c>, and without them would fail with a 500.
/// </summary>
internal static class RequireIdentityClaims
{
    public static Task OnTokenValidated(TokenValidatedContext context)
    {
        if (CurrentUser.TryFrom(context.Principal) is null)
        {
            context.Fail("The token has no 'sub' or no 'email' claim.");
        }

        return Task.CompletedTask;
    }
}
