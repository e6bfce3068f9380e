namespace MiniLinkedIn.ServiceDefaults.Idempotency;

/// <summary>
/// Marks a write that takes an <c>Idempotency-Key</c> header (read with
/// <see cref="IdempotencyKeyRequest.IdempotencyKey"/>); the API document describes the header there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AcceptsIdempotencyKeyAttribute : Attribute;
