using MongoDB.Bson;

namespace MiniLinkedIn.BuildingBlocks.Paging;

/// <summary>A document listed newest first; modules index it on { createdAt: -1, _id: -1 }.</summary>
public interface ITimeOrdered
{
    ObjectId Id { get; }

    DateTime CreatedAt { get; }
}
