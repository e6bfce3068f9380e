using System.ComponentModel.DataAnnotations;
using MiniLinkedIn.ServiceDefaults.Authentication;

namespace MiniLinkedIn.Users.Api;

/// <summary>An email and a password, as sent to register and to log in.</summary>
public sealed class Credentials
{
    /// <example>ada@example.com</example>
    [Required]
    public string Email { get; init; } = "";

    /// <summary>8 to 128 characters.</summary>
    /// <example>correct horse battery</example>
    [Required]
    public string Password { get; init; } = "";
}

/// <summary>A successful login.</summary>
/// <param name="AccessToken" example="eyJhbGciOiJSUzI1NiIsImtpZCI6IjVmM2UiLCJ0eXAiOiJKV1QifQ.eyJzdWIiOiI2NjUwIn0.c2lnbmF0dXJl">The bearer token: send it as <c>Authorization: Bearer &lt;accessToken&gt;</c>.</param>
/// <param name="TokenType" example="Bearer">Always <c>Bearer</c>.</param>
/// <param name="ExpiresIn" example="3600">Seconds until the token expires; log in again after that.</param>
/// <param name="User">Whom the token is for.</param>
public sealed record LoginResponse(string AccessToken, string TokenType, int ExpiresIn, UserSummary User);
