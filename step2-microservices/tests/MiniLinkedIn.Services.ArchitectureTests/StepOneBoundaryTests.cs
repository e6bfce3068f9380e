using System.Reflection;
using MiniLinkedIn.Monolith;
using MiniLinkedIn.Notifications.Contracts.Http;
using MiniLinkedIn.NotificationService;
using MiniLinkedIn.Posts.Contracts.Http;
using MiniLinkedIn.PostService;
using MiniLinkedIn.ServiceCalls;
using MiniLinkedIn.UserService;
using static MiniLinkedIn.Testing.Boundaries;

namespace MiniLinkedIn.Services.ArchitectureTests;

/// <summary>
/// Step 1 holds only step 1: nothing the services add (their hosts, the HTTP adapters, the service
/// credential and clients) is reachable from the monolith, so a reader of step 1 meets none of it.
/// </summary>
public sealed class StepOneBoundaryTests
{
    private static readonly Assembly Monolith = typeof(ClientAppHosting).Assembly;

    private static readonly Assembly[] StepTwoProjects =
    [
        typeof(SigningKeysFromUserServiceExtensions).Assembly,
        typeof(PostDirectoryEndpoint).Assembly,
        typeof(NotificationInboxEndpoint).Assembly,
        typeof(UserServiceEntryPoint).Assembly,
        typeof(PostServiceEntryPoint).Assembly,
        typeof(NotificationServiceEntryPoint).Assembly,
    ];

    private static IEnumerable<string> StepTwoNames => StepTwoProjects.Select(a => a.GetName().Name!);

    [Test]
    public void The_monolith_reaches_no_assembly_of_step_two() =>
        Assert.That(ReachableProjectAssemblies(Monolith).Intersect(StepTwoNames), Is.Empty);

    [Test]
    public void No_type_of_step_one_uses_a_type_of_step_two()
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var stepOne in ReachableProjectAssemblies(Monolith).Select(name => Assembly.Load(name)))
            {
                foreach (var stepTwo in StepTwoProjects)
                {
                    Assert.That(TypesUsing(stepOne, stepTwo), Is.Empty, $"{stepOne.GetName().Name} uses {stepTwo.GetName().Name}");
                }
            }
        }
    }

    [Test]
    public void The_same_walk_finds_the_service_calls_from_a_service() =>
        Assert.That(ReachableProjectAssemblies(typeof(PostServiceEntryPoint).Assembly), Does.Contain(typeof(SigningKeysFromUserServiceExtensions).Assembly.GetName().Name));
}
