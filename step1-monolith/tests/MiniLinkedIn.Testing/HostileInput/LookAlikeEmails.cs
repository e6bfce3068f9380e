namespace MiniLinkedIn.Testing.HostileInput;

/// <summary>
/// Addresses that look like another one. Plain BCL code: the black-box contract suite links this file too.
/// </summary>
public static class LookAlikeEmails
{
    /// <summary>A written form of an address and the one stored form it must be registered under (null: refused).</summary>
    public sealed record Variant(string Name, string Written, string? Stored)
    {
        public override string ToString() => Name;
    }

    /// <summary>A never registered plain address whose local part has an i and a k, so that İ and the Kelvin sign can stand in.</summary>
    public static string NewPlainAddress(string domain = "example.com") => $"kim-ivy-{Guid.NewGuid():N}@{domain}";

    /// <summary>Forms of <paramref name="plain"/> (from <see cref="NewPlainAddress"/>) that are the same person.</summary>
    public static IEnumerable<Variant> SamePerson(string plain)
    {
        yield return new("full-width letters", FullWidth(plain), plain);
        yield return new("upper case with a Turkish capital İ", plain.ToUpperInvariant().Replace('I', '\u0130'), plain);
        yield return new("Kelvin sign for k", plain.Replace('k', '\u212A'), plain);
        yield return new("padded with spaces and a tab", " \t " + plain + "  ", plain);
    }

    /// <summary>An internationalized domain and its IDNA ASCII form: one account.</summary>
    public static (string Unicode, string Ascii) NewInternationalizedAddress()
    {
        var local = $"kim-{Guid.NewGuid():N}";
        return ($"{local}@bücher.de", $"{local}@xn--bcher-kva.de");
    }

    /// <summary>Forms of <paramref name="plain"/> that must be refused with a 400 naming the email field.</summary>
    public static IEnumerable<Variant> Refused(string plain)
    {
        var at = plain.IndexOf('@', StringComparison.Ordinal);
        Variant Inside(string name, string inserted) => new(name, plain[..3] + inserted + plain[3..], null);
        yield return Inside("zero-width space", "\u200B");
        yield return Inside("zero-width joiner", "\u200D");
        yield return Inside("zero-width non-joiner", "\u200C");
        yield return Inside("soft hyphen", "\u00AD");
        yield return Inside("right-to-left override", "\u202E");
        yield return Inside("left-to-right isolate", "\u2066");
        yield return Inside("byte order mark", "\uFEFF");
        yield return Inside("Hangul filler", "\u3164");
        yield return Inside("NUL", "\0");
        yield return Inside("line separator", "\u2028");
        yield return Inside("space", " ");
        yield return Inside("tab", "\t");
        yield return Inside("no-break space", "\u00A0");
        yield return Inside("ideographic space", "\u3000");
        yield return new("zero-width space in the domain", plain[..(at + 3)] + "\u200B" + plain[(at + 3)..], null);
    }

    /// <summary>ASCII letters, digits and punctuation in their full-width forms (U+FF01 to U+FF5E).</summary>
    public static string FullWidth(string ascii) =>
        string.Concat(ascii.Select(c => c is > ' ' and <= '~' ? (char)(c + 0xFEE0) : c));
}
