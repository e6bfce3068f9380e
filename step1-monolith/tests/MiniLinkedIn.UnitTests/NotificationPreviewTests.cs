using MiniLinkedIn.Notifications.Inbox;

namespace MiniLinkedIn.UnitTests;

/// <summary>A notification shows the start of its post, cut with an ellipsis when longer.</summary>
public sealed class NotificationPreviewTests
{
    [Test]
    public void A_short_text_is_shown_whole()
    {
        var text = new string('a', Notification.PreviewLength);

        Assert.That(Notification.PreviewOf(text), Is.EqualTo(text));
    }

    [Test]
    public void A_longer_text_is_cut_to_the_preview_length_with_an_ellipsis()
    {
        var preview = Notification.PreviewOf(new string('a', Notification.PreviewLength + 1));

        Assert.That(preview, Has.Length.EqualTo(Notification.PreviewLength));
        Assert.That(preview, Does.EndWith("…"));
    }

    [Test]
    public void The_cut_does_not_leave_a_space_before_the_ellipsis()
    {
        var text = new string('a', Notification.PreviewLength - 2) + "  and more words";

        Assert.That(Notification.PreviewOf(text), Is.EqualTo(new string('a', Notification.PreviewLength - 2) + "…"));
    }
}
