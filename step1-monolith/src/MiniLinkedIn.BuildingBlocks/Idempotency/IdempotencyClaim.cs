using MongoDB.Bson;

namespace MiniLinkedIn.BuildingBlocks.Idempotency;

/// <summary>
/// The id to create the resource under, and whether the key was seen before (then the resource may
/// exist already: answer it instead of creating it).
/// </summary>
public sealed record IdempotencyClaim(ObjectId ResourceId, bool IsRepeat);
