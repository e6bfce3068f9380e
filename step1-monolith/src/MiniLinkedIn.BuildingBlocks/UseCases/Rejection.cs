namespace MiniLinkedIn.BuildingBlocks.UseCases;

/// <summary>A use case's refusal: what kind, a short title, and a detail safe to show to the caller.</summary>
public sealed record Rejection(RejectionKind Kind, string Title, string Detail)
{
    /// <summary>For <see cref="RejectionKind.Invalid"/>: the message of each offending field, by its JSON name.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>For <see cref="RejectionKind.TooManyAttempts"/>: how long until an attempt may succeed.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static Rejection Invalid(string title, string field, string error) =>
        new(RejectionKind.Invalid, title, error) { Errors = new Dictionary<string, string> { [field] = error } };

    public static Rejection Invalid(string title, IReadOnlyDictionary<string, string> errors) =>
        new(RejectionKind.Invalid, title, string.Join(" ", errors.Values)) { Errors = errors };
}
