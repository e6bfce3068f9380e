using MiniLinkedIn.Posts.Posting;
using MongoDB.Bson;

namespace MiniLinkedIn.Posts.Outbox;

/// <summary>
/// Posts whose notifications one dispatcher delivers until its lease ends. Writes back only touch
/// posts that still carry <paramref name="Token"/>: after the lease, another claim may own them.
/// </summary>
public sealed record OutboxClaim(ObjectId Token, IReadOnlyList<Post> Posts);
