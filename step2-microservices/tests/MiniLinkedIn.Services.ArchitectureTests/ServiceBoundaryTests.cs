using System.Reflection;
using MiniLinkedIn.Notifications;
using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.Notifications.Contracts.Http;
using MiniLinkedIn.NotificationService;
using MiniLinkedIn.Posts;
using MiniLinkedIn.Posts.Contracts;
using MiniLinkedIn.Posts.Contracts.Http;
using MiniLinkedIn.PostService;
using MiniLinkedIn.ServiceDefaults;
using MiniLinkedIn.Users;
using MiniLinkedIn.UserService;
using static MiniLinkedIn.Testing.Boundaries;

namespace MiniLinkedIn.Services.ArchitectureTests;

/// <summary>
/// Step 2's boundaries: each service hosts exactly one module; modules know the others only through
/// contracts, never through the HTTP adapters; adapters know no module.
/// </summary>
public sealed class ServiceBoundaryTests
{
    private static readonly Assembly Users = typeof(UsersModule).Assembly;
    private static readonly Assembly Posts = typeof(PostsModule).Assembly;
    private static readonly Assembly Notifications = typeof(NotificationsModule).Assembly;
    private static readonly Assembly[] Modules = [Users, Posts, Notifications];
    private static readonly Assembly[] Adapters = [typeof(PostDirectoryEndpoint).Assembly, typeof(NotificationInboxEndpoint).Assembly];

    private static readonly Dictionary<Assembly, Assembly> ServiceModules = new()
    {
        [typeof(UserServiceEntryPoint).Assembly] = Users,
        [typeof(PostServiceEntryPoint).Assembly] = Posts,
        [typeof(NotificationServiceEntryPoint).Assembly] = Notifications,
    };

    private static IEnumerable<TestCaseData> Services() =>
        ServiceModules.Select(s => new TestCaseData(s.Key, s.Value).SetArgDisplayNames(s.Key.GetName().Name!));

    private static IEnumerable<TestCaseData> ModulesAndAdapters() =>
        Modules.Concat(Adapters).Select(a => new TestCaseData(a).SetArgDisplayNames(a.GetName().Name!));

    [TestCaseSource(nameof(Services))]
    public void A_service_hosts_its_one_module_and_no_other(Assembly service, Assembly module)
    {
        var names = ReferencedNames(service);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(names, Does.Contain(module.GetName().Name));
            Assert.That(names, Does.Contain(typeof(ServiceDefaultsExtensions).Assembly.GetName().Name));
            foreach (var other in Modules.Where(m => m != module))
            {
                Assert.That(names, Does.Not.Contain(other.GetName().Name));
                Assert.That(TypesUsing(service, other), Is.Empty, $"uses {other.GetName().Name}");
            }
        }
    }

    [TestCaseSource(nameof(ModulesAndAdapters))]
    public void Modules_and_adapters_use_no_other_module(Assembly assembly)
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var module in Modules.Where(m => m != assembly))
            {
                Assert.That(ReferencedNames(assembly), Does.Not.Contain(module.GetName().Name));
                Assert.That(TypesUsing(assembly, module), Is.Empty, $"uses {module.GetName().Name}");
            }
        }
    }

    [Test]
    public void Modules_know_the_others_only_by_their_contracts_never_by_the_http_adapters()
    {
        var adapters = Adapters.Select(a => a.GetName().Name).ToList();
        using (Assert.EnterMultipleScope())
        {
            foreach (var module in Modules)
            {
                Assert.That(ReferencedNames(module).Intersect(adapters), Is.Empty, module.GetName().Name);
            }

            Assert.That(ReferencedNames(Posts), Does.Contain(typeof(INotificationInbox).Assembly.GetName().Name));
            Assert.That(ReferencedNames(Notifications), Does.Contain(typeof(IPostDirectory).Assembly.GetName().Name));
        }
    }

    [Test]
    public void The_boundary_check_catches_a_planted_violation() =>
        Assert.That(TypesUsing(typeof(PlantedViolation).Assembly, Posts), Does.Contain(typeof(PlantedViolation).FullName));
}
