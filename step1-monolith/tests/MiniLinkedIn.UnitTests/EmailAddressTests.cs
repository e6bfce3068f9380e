using MiniLinkedIn.Testing.HostileInput;
using MiniLinkedIn.Users.Accounts;

namespace MiniLinkedIn.UnitTests;

/// <summary>The one stored form of an address, without a host.</summary>
public sealed class EmailAddressTests
{
    private static readonly string Plain = LookAlikeEmails.NewPlainAddress();

    private static IEnumerable<LookAlikeEmails.Variant> SamePerson() => LookAlikeEmails.SamePerson(Plain);

    private static IEnumerable<LookAlikeEmails.Variant> Refused() => LookAlikeEmails.Refused(Plain);

    [TestCaseSource(nameof(SamePerson))]
    public void Look_alike_forms_normalize_to_the_plain_address(LookAlikeEmails.Variant variant)
    {
        Assert.That(EmailAddress.TryNormalize(variant.Written, out var error), Is.EqualTo(variant.Stored), error);
        Assert.That(EmailAddress.ForLookup(variant.Written), Is.EqualTo(variant.Stored));
    }

    [TestCaseSource(nameof(Refused))]
    public void Invisible_characters_and_inner_spaces_are_refused_with_a_reason(LookAlikeEmails.Variant variant)
    {
        Assert.That(EmailAddress.TryNormalize(variant.Written, out var error), Is.Null);
        Assert.That(error, Does.Contain("invisible").Or.Contain("spaces"));
    }

    [TestCase("k@bücher.de", "k@xn--bcher-kva.de")]
    [TestCase("K@BÜCHER.DE", "k@xn--bcher-kva.de")]
    [TestCase("k@xn--bcher-kva.de", "k@xn--bcher-kva.de")]
    [TestCase("ｅｖｅ@example.com", "eve@example.com")]
    [TestCase("eve@example。com", "eve@example.com")]
    [TestCase("İVE@EXAMPLE.COM", "ive@example.com")]
    [TestCase("  Eve@Example.com\t", "eve@example.com")]
    public void Known_forms_have_their_stored_form(string written, string stored) =>
        Assert.That(EmailAddress.TryNormalize(written, out _), Is.EqualTo(stored));

    [TestCase("not-an-email")]
    [TestCase("two@@example.com")]
    [TestCase("nodomain@")]
    [TestCase("@example.com")]
    [TestCase("a@localhost")]
    [TestCase("a@example.com.")]
    [TestCase("a@exa_mple.com")]
    [TestCase("a@xn--zz.de")]
    [TestCase("")]
    public void Malformed_addresses_are_refused(string written)
    {
        Assert.That(EmailAddress.TryNormalize(written, out var error), Is.Null);
        Assert.That(error, Is.EqualTo("Enter a valid email address."));
    }

    [Test]
    public void An_address_over_254_characters_is_refused() =>
        Assert.That(EmailAddress.TryNormalize(new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".com", out _), Is.Null);

    [Test]
    public void Lookup_of_a_refused_form_matches_no_stored_form() =>
        Assert.That(EmailAddress.ForLookup("e\u200Bve@example.com"), Is.Not.EqualTo("eve@example.com"));
}
