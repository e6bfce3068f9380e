using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using MiniLinkedIn.ServiceDefaults.Hosting;

namespace MiniLinkedIn.ServiceCalls;

/// <summary>Fetches the user service's keys before the host reports ready, so that no request waits for them.</summary>
internal sealed class SigningKeysWarmUp(IOptionsMonitor<JwtBearerOptions> options) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var manager = options.Get(JwtBearerDefaults.AuthenticationScheme).ConfigurationManager
            ?? throw new InvalidOperationException("No JWT configuration manager is set.");
        await manager.GetConfigurationAsync(cancellationToken);
    }
}
