using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MiniLinkedIn.BuildingBlocks.Configuration;

public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// The one way settings are registered here: bound to their configuration section, checked by
    /// their data annotations and by any <c>Validate(...)</c> chained on, all at start-up, so that a
    /// bad setting stops the host with a message instead of failing the first request that reads it.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
