using MongoDB.Bson;

namespace MiniLinkedIn.Notifications.Api;

/// <summary>The ids the Notifications module is asked for, checked here once, before anything is looked up.</summary>
internal static class NotificationIds
{
    public const string PostIdPattern = "^[0-9a-fA-F]{24}$";

    public const string MalformedPostId = "postId must be a post id (24 hexadecimal characters).";

    public static bool TryParseNotificationId(string value, out ObjectId id) => ObjectId.TryParse(value, out id);
}
