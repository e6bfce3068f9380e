using MongoDB.Bson;

namespace MiniLinkedIn.BuildingBlocks.Idempotency;

/// <summary>
/// A remembered key. The outcome is kept by reference: the id the created resource gets (chosen
/// before it is written), so a replay renders the resource again instead of storing a response body.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary><see cref="IdempotentRequest.RecordId"/>.</summary>
    public ObjectId Id { get; init; }

    public required string Fingerprint { get; init; }

    /// <summary>The <c>_id</c> of the resource this request creates, whichever attempt writes it.</summary>
    public ObjectId ResourceId { get; init; }

    public DateTime ExpiresAt { get; init; }
}
