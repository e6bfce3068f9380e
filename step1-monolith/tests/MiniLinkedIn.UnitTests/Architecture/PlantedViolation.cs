using MiniLinkedIn.Posts.Posting;

namespace MiniLinkedIn.UnitTests.Architecture;

/// <summary>
/// Deliberately crosses a boundary (it uses the Posts module's own store, not its contract), so that
/// <see cref="ModuleBoundaryTests.The_boundary_check_catches_a_planted_violation"/> shows that the check fails when it should.
/// </summary>
internal sealed class PlantedViolation(PostStore posts)
{
    public PostStore Posts { get; } = posts;
}
