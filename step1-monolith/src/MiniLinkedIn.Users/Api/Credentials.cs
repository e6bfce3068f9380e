using System.ComponentModel.DataAnnotations;

namespace MiniLinkedIn.Users.Api;

/// <summary>An email and a password, as sent to register and to log in.</summary>
internal sealed class Credentials
{
    /// <example>ada@example.com</example>
    [Required]
    public string Email { get; init; } = "";

    /// <summary>{MinPasswordLength} to {MaxPasswordLength} characters.</summary>
    /// <example>correct horse battery</example>
    [Required]
    public string Password { get; init; } = "";
}
