using MiniLinkedIn.BuildingBlocks.Idempotency;
using MiniLinkedIn.BuildingBlocks.UseCases;

namespace MiniLinkedIn.UnitTests;

/// <summary>The <c>Idempotency-Key</c> header's rules, and whose record a key names.</summary>
public sealed class IdempotencyKeyTests
{
    [TestCase(null)]
    [TestCase("k")]
    [TestCase("5f0c2a8e-7b1d-4c39-9a51-2d7e6f3b8c40")]
    [TestCase(" !~ printable ASCII, spaces too ")]
    public void Absent_or_printable_ASCII_keys_pass(string? key) =>
        Assert.That(IdempotencyKey.Check(key), Is.Null);

    [Test]
    public void The_longest_key_passes_and_one_more_character_is_refused()
    {
        Assert.That(IdempotencyKey.Check(new string('k', IdempotencyKey.MaxLength)), Is.Null);
        Assert.That(IdempotencyKey.Check(new string('k', IdempotencyKey.MaxLength + 1))?.Kind, Is.EqualTo(RejectionKind.Invalid));
    }

    [TestCase("")]
    [TestCase("tab\tinside")]
    [TestCase("new\nline")]
    [TestCase("del\u007f")]
    [TestCase("schlüssel")]
    [TestCase("zero\u200bwidth")]
    public void Empty_or_non_printable_keys_are_refused_with_the_header_named(string key) =>
        Assert.That(IdempotencyKey.Check(key)?.Errors.Keys, Is.EquivalentTo(new[] { IdempotencyKey.Header }));

    [Test]
    public void A_key_names_one_record_per_operation_and_caller()
    {
        var ada = new IdempotentRequest("createPost", "ada", "k1", "same");

        Assert.That(ada with { Fingerprint = "other" }, Has.Property(nameof(IdempotentRequest.RecordId)).EqualTo(ada.RecordId));
        Assert.That((ada with { Caller = "bob" }).RecordId, Is.Not.EqualTo(ada.RecordId));
        Assert.That((ada with { Operation = "register" }).RecordId, Is.Not.EqualTo(ada.RecordId));
        Assert.That((ada with { Key = "k2" }).RecordId, Is.Not.EqualTo(ada.RecordId));
        // The fields are separated, so shifting a character from one to the next names another record.
        Assert.That(new IdempotentRequest("createPost", "ad", "ak1", "same").RecordId, Is.Not.EqualTo(ada.RecordId));
    }
}
