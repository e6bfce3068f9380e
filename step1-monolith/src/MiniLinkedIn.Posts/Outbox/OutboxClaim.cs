using MiniLinkedIn.Posts.Posting;
using MongoDB.Bson;

namespace MiniLinkedIn.Posts.Outbox;

/// <summary>
/// Posts whose notifications one dispatcher delivers until <paramref name="Until"/>, the end of its
/// lease. Each claimed post's next attempt is set to exactly that time, under <paramref name="Token"/>;
/// a later claim changes both, so writes back touch only the posts that are still this claim's.
/// </summary>
internal sealed record OutboxClaim(ObjectId Token, DateTime Until, IReadOnlyList<Post> Posts);
