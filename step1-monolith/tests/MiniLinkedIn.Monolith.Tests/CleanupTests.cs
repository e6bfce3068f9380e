using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Testing;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>The Quartz cleaner, on its real schedule, configured through settings as operators do.</summary>
public sealed class CleanupTests
{
    private static readonly TimeSpan Retention = TimeSpan.FromSeconds(4);

    [Test]
    public async Task Cleaner_deletes_notifications_older_than_the_retention_and_keeps_newer_ones()
    {
        using var factory = new MonolithFactory(new Dictionary<string, string?>
        {
            ["Notifications:CleanupCron"] = "* * * * * ?",
            ["Notifications:Retention"] = Retention.ToString(),
        });
        var api = new Api(factory);
        var ada = await api.NewSessionAsync("ada");
        var bob = await api.NewSessionAsync("bob");

        var old = await Api.PostTextAsync(ada, "old news");
        var oldNotification = await Api.NotificationOfAsync(bob, old.Id);
        await bob.Client.PostAsync($"/api/notification/{oldNotification.Id}/read", null);
        await Task.Delay(Retention);
        var fresh = await Api.PostTextAsync(ada, "fresh news");
        await Api.NotificationOfAsync(bob, fresh.Id);

        await Eventually.GetAsync(
            async () => (await Api.NotificationsAsync(bob, "?limit=100")).Items.Any(n => n.PostId == old.Id) ? null : "gone",
            "the old notification to be cleaned up");

        var left = await Api.NotificationsAsync(bob, "?limit=100");
        Assert.That(left.Items.Select(n => n.PostId), Does.Contain(fresh.Id));
        Assert.That(left.UnreadCount, Is.EqualTo(left.Items.Count(n => !n.Read)), "the old read mark went with its notification");
    }
}
