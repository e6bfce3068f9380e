namespace MiniLinkedIn.BuildingBlocks.Paging;

/// <summary>A validated page request: how many items, and after which one (null: from the newest).</summary>
public sealed record PageRequest(int Limit, PageCursor? After);
