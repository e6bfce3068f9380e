using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Testing;

// In the root namespace of the tests: a SetUpFixture serves the tests of its namespace and below.
namespace MiniLinkedIn.Monolith.Tests;

/// <summary>One monolith with default settings, shared by the fixtures that need nothing special.</summary>
[SetUpFixture]
public sealed class TestApp
{
    private static MonolithFactory? factory;

    public static MonolithFactory Factory => factory ?? throw new InvalidOperationException("The test app is not started.");

    public static Api Api => new(Factory);

    [OneTimeSetUp]
    public void Start() => factory = new MonolithFactory();

    [OneTimeTearDown]
    public void Stop() => factory?.Dispose();
}
