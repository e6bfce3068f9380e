using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.Posts;

namespace MiniLinkedIn.Services.ArchitectureTests;

/// <summary>
/// Deliberately crosses a boundary: it wires the Posts module itself instead of asking for its contract.
/// Its stores and services are internal, so the compiler refuses anything deeper; this uses what is
/// still public, so that <see cref="ServiceBoundaryTests.The_boundary_check_catches_a_planted_violation"/> shows that the check fails when it should.
/// </summary>
internal static class PlantedViolation
{
    public static IServiceCollection WireThePostsModule(IServiceCollection services) => services.AddPostsModule();
}
