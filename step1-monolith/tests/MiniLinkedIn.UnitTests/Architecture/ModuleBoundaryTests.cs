using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using MiniLinkedIn.Notifications;
using MiniLinkedIn.Notifications.Contracts;
using MiniLinkedIn.Posts;
using MiniLinkedIn.Posts.Contracts;
using MiniLinkedIn.ServiceDefaults;
using MiniLinkedIn.Users;
using NetArchTest.Rules;
using static MiniLinkedIn.Testing.Boundaries;

namespace MiniLinkedIn.UnitTests.Architecture;

/// <summary>
/// The module boundaries, checked on the compiled assemblies: a module may use the building
/// blocks and other modules' contracts, never another module itself.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Users = typeof(UsersModule).Assembly;
    private static readonly Assembly Posts = typeof(PostsModule).Assembly;
    private static readonly Assembly Notifications = typeof(NotificationsModule).Assembly;
    private static readonly Assembly PostsContracts = typeof(IPostDirectory).Assembly;
    private static readonly Assembly NotificationsContracts = typeof(INotificationInbox).Assembly;
    private static readonly Assembly ServiceDefaults = typeof(ServiceDefaultsExtensions).Assembly;
    private static readonly Assembly Host = typeof(Program).Assembly;

    private static readonly Assembly[] Modules = [Users, Posts, Notifications];

    private static IEnumerable<TestCaseData> ModulePairs() =>
        from module in Modules
        from other in Modules
        where module != other
        select new TestCaseData(module, other).SetArgDisplayNames(module.GetName().Name!, other.GetName().Name!);

    [TestCaseSource(nameof(ModulePairs))]
    public void A_module_does_not_reference_another_module(Assembly module, Assembly other)
    {
        Assert.That(ReferencedNames(module), Does.Not.Contain(other.GetName().Name));
        Assert.That(TypesUsing(module, other), Is.Empty);
    }

    [Test]
    public void Modules_reference_only_the_contracts_they_need()
    {
        var contracts = new[] { PostsContracts, NotificationsContracts }.Select(a => a.GetName().Name).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ReferencedNames(Users).Intersect(contracts), Is.Empty);
            Assert.That(ReferencedNames(Posts), Does.Contain(NotificationsContracts.GetName().Name));
            Assert.That(ReferencedNames(Notifications), Does.Contain(PostsContracts.GetName().Name));
        }
    }

    [TestCaseSource(nameof(ContractsAndBuildingBlocks))]
    public void Contracts_and_building_blocks_know_no_module(Assembly assembly)
    {
        var modules = Modules.Select(m => m.GetName().Name).ToList();
        Assert.That(ReferencedNames(assembly).Intersect(modules), Is.Empty);
        Assert.That(Modules.SelectMany(module => TypesUsing(assembly, module)), Is.Empty);
    }

    [Test]
    public void Contracts_are_plain_interfaces_and_records_without_dependencies()
    {
        foreach (var contracts in new[] { PostsContracts, NotificationsContracts })
        {
            Assert.That(ReferencedNames(contracts), Has.All.StartsWith("System."), contracts.GetName().Name);
        }
    }

    [Test]
    public void The_boundary_check_catches_a_planted_violation() =>
        Assert.That(TypesUsing(typeof(PlantedViolation).Assembly, Posts), Does.Contain(typeof(PlantedViolation).FullName));

    [Test]
    public void The_host_only_composes_controllers_live_in_modules()
    {
        Assert.That(Host.GetTypes().Where(t => typeof(ControllerBase).IsAssignableFrom(t)), Is.Empty);
        foreach (var module in Modules)
        {
            Assert.That(module.GetTypes().Any(t => typeof(ControllerBase).IsAssignableFrom(t)), Is.True, module.GetName().Name);
        }
    }

    [TestCaseSource(nameof(EachModule))]
    public void Use_cases_know_nothing_of_http(Assembly module)
    {
        string[] http = ["Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc"];
        var services = Types.InAssembly(module).That().HaveNameEndingWith("Service");
        var controllers = Types.InAssembly(module).That().Inherit(typeof(ControllerBase));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(services.GetTypes(), Has.Exactly(1).Items, "one service of use cases per module");
            Assert.That(services.ShouldNot().HaveDependencyOnAny(http).GetResult().FailingTypeNames ?? [], Is.Empty);
            // The same rule finds the controllers, which do use HTTP: it can fail.
            Assert.That(controllers.ShouldNot().HaveDependencyOnAny(http).GetResult().FailingTypeNames, Is.Not.Empty);
        }
    }

    private static IEnumerable<TestCaseData> EachModule() =>
        Modules.Select(m => new TestCaseData(m).SetArgDisplayNames(m.GetName().Name!));

    private static IEnumerable<TestCaseData> ContractsAndBuildingBlocks() =>
        new[] { PostsContracts, NotificationsContracts, ServiceDefaults }
            .Select(a => new TestCaseData(a).SetArgDisplayNames(a.GetName().Name!));
}
