using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace MiniLinkedIn.Users.Accounts;

/// <summary>
/// One person, one identity: every address is brought into one stored form before it is compared
/// or stored (Unicode NFKC, trimmed, lower case, the domain in IDNA ASCII), and an address with
/// characters that would let it pass for another one is refused.
/// </summary>
internal static class EmailAddress
{
    private static readonly IdnMapping Idna = new() { UseStd3AsciiRules = true };

    /// <returns>The stored form of <paramref name="input"/>, or null with the reason in <paramref name="error"/>.</returns>
    public static string? TryNormalize(string input, out string error)
    {
        var folded = Fold(input);
        if (folded.EnumerateRunes().Any(InvisibleCharacters.IsInvisible))
        {
            error = "The email contains invisible or control characters.";
            return null;
        }

        if (folded.Any(char.IsWhiteSpace))
        {
            error = "The email must not contain spaces.";
            return null;
        }

        var normalized = WithAsciiDomain(folded);
        if (normalized is null || !IsPlainAddress(normalized))
        {
            error = "Enter a valid email address.";
            return null;
        }

        error = "";
        return normalized;
    }

    /// <summary>
    /// The form a login looks up: the stored form, or for an address that could never have been
    /// registered, the same folding, which then matches no account.
    /// </summary>
    public static string ForLookup(string input) => TryNormalize(input, out _) ?? Fold(input);

    // NFKC first, so that full-width and other compatibility forms (ｅｖｅ, the Kelvin sign) become
    // the plain letters before the case is folded. Invariant lower case leaves the Turkish capital
    // İ alone; its lower case is i (Unicode's full mapping, i + combining dot, looks the same).
    private static string Fold(string input) =>
        input.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant().Replace('\u0130', 'i');

    /// <returns>The address with its domain in IDNA ASCII (bücher.de → xn--bcher-kva.de), or null if the domain is not a valid name.</returns>
    private static string? WithAsciiDomain(string address)
    {
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            return null;
        }

        try
        {
            return string.Concat(address.AsSpan(0, at + 1), Idna.GetAscii(address[(at + 1)..]));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A plain <c>local@domain.tld</c> address, no display name.</summary>
    private static bool IsPlainAddress(string normalized) =>
        normalized.Length <= AccountLimits.MaxEmailLength
        && MailAddress.TryCreate(normalized, out var address)
        && address.Address == normalized
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');
}
