using System.ComponentModel.DataAnnotations;

namespace MiniLinkedIn.BuildingBlocks.Paging;

/// <summary>The <c>?limit=&amp;cursor=</c> of a list endpoint; invalid values are a 400.</summary>
public sealed class PageQuery : IValidatableObject
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Items per page: 1 or more, default {DefaultPageSize}, values above {MaxPageSize} are capped at {MaxPageSize}.</summary>
    public int? Limit { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page; omit for the first page.</summary>
    public string? Cursor { get; init; }

    /// <summary>The validated query as a page request (model validation has already rejected a bad cursor).</summary>
    public PageRequest ToRequest() => new(
        Math.Min(Limit ?? DefaultLimit, MaxLimit),
        Cursor is not null && PageCursor.TryDecode(Cursor, out var after) ? after : null);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Limit < 1)
        {
            yield return new ValidationResult("limit must be 1 or more.", ["limit"]);
        }

        if (Cursor is not null && !PageCursor.TryDecode(Cursor, out _))
        {
            yield return new ValidationResult("cursor is not a cursor this API returned.", ["cursor"]);
        }
    }
}
