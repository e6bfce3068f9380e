using MiniLinkedIn.BuildingBlocks.UseCases;

namespace MiniLinkedIn.BuildingBlocks.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> request header (IETF draft <c>httpapi-idempotency-key-header</c>): a
/// value the client makes up once per intended write and sends again with every retry of it.
/// </summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";

    public const int MaxLength = 255;

    /// <summary>How long a key is remembered: a retry within this time answers the first outcome.</summary>
    public const int LifetimeHours = 24;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(LifetimeHours);

    public static readonly string Rule =
        $"An Idempotency-Key is 1 to {MaxLength} printable ASCII characters (a UUID is a good one).";

    public static readonly Rejection Reused = new(
        RejectionKind.KeyReused,
        "Idempotency key reused",
        "This Idempotency-Key was sent before with a different request; use a new key for a new request.");

    /// <returns>Null when the key is absent or well-formed, else the 400 rejection.</returns>
    public static Rejection? Check(string? key) =>
        key is null || (key.Length is > 0 and <= MaxLength && key.All(c => c is >= ' ' and <= '~'))
            ? null
            : Rejection.Invalid("Invalid idempotency key", Header, Rule);
}
