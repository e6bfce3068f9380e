namespace MiniLinkedIn.Users.Accounts;

/// <summary>The rules for credentials, stated once for the service, the API document and the tests.</summary>
internal static class AccountLimits
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;

    /// <summary>RFC 5321's limit of a forward path.</summary>
    public const int MaxEmailLength = 254;

    public static readonly string PasswordLengthRule = $"The password must be {MinPasswordLength} to {MaxPasswordLength} characters long.";
}
