using System.ComponentModel.DataAnnotations;
using MiniLinkedIn.BuildingBlocks.Paging;

namespace MiniLinkedIn.UnitTests;

/// <summary>The <c>?limit=&amp;cursor=</c> of the list endpoints.</summary>
public sealed class PageQueryTests
{
    [TestCase(null, PageQuery.DefaultLimit)]
    [TestCase(1, 1)]
    [TestCase(PageQuery.MaxLimit, PageQuery.MaxLimit)]
    [TestCase(PageQuery.MaxLimit + 1, PageQuery.MaxLimit)]
    [TestCase(int.MaxValue, PageQuery.MaxLimit)]
    public void The_limit_defaults_and_is_capped(int? limit, int expected) =>
        Assert.That(new PageQuery { Limit = limit }.ToRequest().Limit, Is.EqualTo(expected));

    [TestCase(0, null, "limit")]
    [TestCase(-5, null, "limit")]
    [TestCase(null, "garbage", "cursor")]
    public void Bad_values_are_named(int? limit, string? cursor, string field)
    {
        var query = new PageQuery { Limit = limit, Cursor = cursor };

        var errors = query.Validate(new ValidationContext(query)).ToList();

        Assert.That(errors.SelectMany(e => e.MemberNames), Is.EqualTo(new[] { field }));
    }

    [Test]
    public void A_valid_cursor_becomes_the_position_to_continue_after()
    {
        var after = new PageCursor(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), MongoDB.Bson.ObjectId.GenerateNewId());
        var query = new PageQuery { Cursor = after.Encode() };

        Assert.That(query.Validate(new ValidationContext(query)), Is.Empty);
        Assert.That(query.ToRequest().After, Is.EqualTo(after));
    }
}
