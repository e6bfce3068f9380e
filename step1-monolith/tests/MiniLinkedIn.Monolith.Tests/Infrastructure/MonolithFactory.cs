using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.Testing;

namespace MiniLinkedIn.Monolith.Tests.Infrastructure;

/// <summary>The real monolith in memory; see <see cref="AppFactory{TEntryPoint}"/>.</summary>
public sealed class MonolithFactory(
    IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool waitUntilReady = true)
    : AppFactory<Program>(settings, services, waitUntilReady);
