using System.Buffers.Binary;
using Microsoft.AspNetCore.WebUtilities;
using MongoDB.Bson;

namespace MiniLinkedIn.BuildingBlocks.Paging;

/// <summary>
/// The position after the last item of a page: (createdAt, id), the keys of the newest-first sort.
/// Opaque to clients: 8 bytes of milliseconds plus the 12-byte ObjectId, base64url.
/// </summary>
public readonly record struct PageCursor(DateTime CreatedAt, ObjectId Id)
{
    private const int Length = 8 + 12;

    public string Encode()
    {
        var bytes = new byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, new DateTimeOffset(CreatedAt).ToUnixTimeMilliseconds());
        Id.ToByteArray().CopyTo(bytes, 8);
        return WebEncoders.Base64UrlEncode(bytes);
    }

    public static bool TryDecode(string text, out PageCursor cursor)
    {
        cursor = default;
        byte[] bytes;
        try
        {
            bytes = WebEncoders.Base64UrlDecode(text);
        }
        catch (FormatException)
        {
            return false;
        }

        if (bytes.Length != Length)
        {
            return false;
        }

        var milliseconds = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (milliseconds < 0 || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return false;
        }

        cursor = new PageCursor(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime, new ObjectId(bytes[8..]));
        return true;
    }
}
