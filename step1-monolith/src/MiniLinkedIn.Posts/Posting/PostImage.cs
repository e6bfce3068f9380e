namespace MiniLinkedIn.Posts.Posting;

/// <summary>Image metadata; <c>Id</c> is random, unguessable, and the S3 object key.</summary>
internal sealed record PostImage(string Id, string ContentType, long Length);
