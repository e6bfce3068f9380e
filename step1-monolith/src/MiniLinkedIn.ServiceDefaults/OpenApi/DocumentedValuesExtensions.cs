using Microsoft.Extensions.DependencyInjection;

namespace MiniLinkedIn.ServiceDefaults.OpenApi;

public static class DocumentedValuesExtensions
{
    /// <summary>
    /// States a limit in the API description from the constant the code enforces: every
    /// <c>{<paramref name="name"/>}</c> in a summary, description or schema text becomes <paramref name="value"/>.
    /// </summary>
    public static IServiceCollection AddDocumentedValue(this IServiceCollection services, string name, long value) =>
        services.Configure<DocumentedValuesOptions>(options => options.Values[name] = value);
}
