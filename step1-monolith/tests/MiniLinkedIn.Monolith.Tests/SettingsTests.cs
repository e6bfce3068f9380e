using Microsoft.Extensions.Options;
using MiniLinkedIn.Monolith.Tests.Infrastructure;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>Every module's settings are validated at start-up: a bad one stops the host with a message naming it.</summary>
public sealed class SettingsTests
{
    [TestCase("Notifications:CleanupCron", "every five minutes", "CleanupCron")]
    [TestCase("Notifications:Retention", "-00:01:00", "Retention")]
    [TestCase("Posts:OutboxBatchSize", "0", "OutboxBatchSize")]
    [TestCase("Posts:ImagesBucket", "Not_A_Bucket", "ImagesBucket")]
    [TestCase("Users:LoginAttemptsPerMinutePerEmail", "0", "LoginAttemptsPerMinutePerEmail")]
    [TestCase("Jwt:ClockSkew", "00:05:00", "ClockSkew")]
    public void A_bad_setting_stops_the_host_at_start(string key, string value, string named)
    {
        using var factory = new MonolithFactory(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.That(error!.Message, Does.Contain(named));
    }
}
