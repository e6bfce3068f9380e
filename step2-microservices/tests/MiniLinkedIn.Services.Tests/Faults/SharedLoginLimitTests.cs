using System.Net;
using MiniLinkedIn.Services.Tests.Infrastructure;
using MiniLinkedIn.Testing;
using MiniLinkedIn.UserService;

namespace MiniLinkedIn.Services.Tests.Faults;

/// <summary>Two replicas of the user service count one email's login attempts together.</summary>
public sealed class SharedLoginLimitTests
{
    [Test]
    public async Task The_per_email_limit_holds_across_replicas()
    {
        var sharedDatabases = new Dictionary<string, string?> { ["Mongo:DatabasePrefix"] = $"t{Guid.NewGuid():N}"[..9] + "-" };
        using var first = new ServiceFactory<UserServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>(), sharedDatabases);
        using var second = new ServiceFactory<UserServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>(), sharedDatabases);
        var email = Api.NewEmail("guessed");
        (await new Api(first).RegisterAsync(email)).EnsureSuccessStatusCode();

        // The default limit is 10 a minute per email: five wrong guesses on each replica use it up.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await new Api(first).LoginAsync(email, "wrong password")).StatusCode);
            statuses.Add((await new Api(second).LoginAsync(email, "wrong password")).StatusCode);
        }

        var eleventh = await new Api(second).LoginAsync(email);

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        await Api.ProblemAsync(eleventh, HttpStatusCode.TooManyRequests);
        Assert.That(eleventh.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
    }
}
