using MiniLinkedIn.BuildingBlocks.Paging;
using MongoDB.Bson;

namespace MiniLinkedIn.UnitTests;

/// <summary>Cursors round-trip exactly, and anything a client could make up instead is refused.</summary>
public sealed class PageCursorTests
{
    [Test]
    public void A_cursor_decodes_to_the_position_it_encodes()
    {
        var position = new PageCursor(new DateTime(2026, 11, 29, 12, 34, 56, 789, DateTimeKind.Utc), ObjectId.GenerateNewId());

        Assert.That(PageCursor.TryDecode(position.Encode(), out var decoded), Is.True);
        Assert.That(decoded, Is.EqualTo(position));
    }

    [TestCase("")]
    [TestCase("not a cursor")]
    [TestCase("AAAA")]
    [TestCase("AAABk2mKhVBmUPDCobLD1OX2BxgA")]
    [TestCase("__________________________8")]
    public void Made_up_cursors_are_refused(string text) =>
        Assert.That(PageCursor.TryDecode(text, out _), Is.False);
}
