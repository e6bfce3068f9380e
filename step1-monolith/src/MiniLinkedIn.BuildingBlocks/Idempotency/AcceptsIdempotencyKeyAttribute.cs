namespace MiniLinkedIn.BuildingBlocks.Idempotency;

/// <summary>
/// Marks a write that takes an <c>Idempotency-Key</c> header (read with
/// <c>IdempotencyKeyRequest.IdempotencyKey</c> of ServiceDefaults); the API document describes the header there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AcceptsIdempotencyKeyAttribute : Attribute;
