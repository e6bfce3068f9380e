using MongoDB.Bson;

namespace MiniLinkedIn.Posts.Posting;

/// <summary>The outbox entry of a post whose notification is not delivered yet.</summary>
/// <param name="Attempts">Deliveries started so far (claims).</param>
/// <param name="NextAttemptAt">When it is due; a claim pushes this past its lease.</param>
/// <param name="LastError">Why the latest delivery failed, for operators.</param>
/// <param name="ClaimToken">The token of the latest claim; only its holder may complete or reschedule the delivery.</param>
internal sealed record PendingNotification(int Attempts, DateTime NextAttemptAt, string? LastError, ObjectId? ClaimToken = null);
