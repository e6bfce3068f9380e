using System.Net.Mail;

namespace MiniLinkedIn.Users.Accounts;

public static class EmailAddress
{
    public const int MaxLength = 254;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>A plain <c>local@domain.tld</c> address, no display name, no spaces.</summary>
    public static bool IsValid(string normalized) =>
        normalized.Length <= MaxLength
        && !normalized.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(normalized, out var address)
        && address.Address == normalized
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');
}
