using MiniLinkedIn.Posts.Posting;

namespace MiniLinkedIn.Services.ArchitectureTests;

/// <summary>
/// Deliberately crosses a boundary (it uses the Posts module's own store, not its contract), so that
/// <see cref="ServiceBoundaryTests.The_boundary_check_catches_a_planted_violation"/> can show the check fails when it should.
/// </summary>
internal sealed class PlantedViolation(PostStore posts)
{
    public PostStore Posts { get; } = posts;
}
