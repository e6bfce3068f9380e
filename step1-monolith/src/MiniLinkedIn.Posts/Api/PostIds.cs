using MiniLinkedIn.Posts.Images;
using MongoDB.Bson;

namespace MiniLinkedIn.Posts.Api;

/// <summary>The ids the Posts module is asked for, checked here once, before anything is looked up.</summary>
internal static class PostIds
{
    public static bool TryParsePostId(string value, out ObjectId id) => ObjectId.TryParse(value, out id);

    public static bool IsImageId(string value) => ImageStore.IsWellFormedId(value);
}
