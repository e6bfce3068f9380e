using MiniLinkedIn.BuildingBlocks.Paging;
using MiniLinkedIn.Posts.Posting;

namespace MiniLinkedIn.Posts.Api;

/// <summary>A page of the feed.</summary>
/// <param name="Items">The posts, newest first.</param>
/// <param name="NextCursor" example="AAABk2mKhVBmUPDCobLD1OX2Bxg">The <c>cursor</c> of the next page, or null when this is the last page.</param>
internal sealed record PostPageResponse(IReadOnlyList<PostResponse> Items, string? NextCursor)
{
    public static PostPageResponse From(Page<Post> page) => new([.. page.Items.Select(PostResponse.From)], page.NextCursor);
}
