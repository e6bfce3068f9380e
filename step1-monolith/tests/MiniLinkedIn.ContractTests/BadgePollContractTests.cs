using System.Net;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.ContractTests;

/// <summary>
/// The unread badge's conditional poll, through the front door (in step 2 the gateway passes
/// <c>ETag</c> and <c>If-None-Match</c> through): 304 while nothing changed, a full answer after.
/// </summary>
[TestFixture]
public sealed class BadgePollContractTests : ContractTest
{
    [Test]
    public async Task TheBadgePollIs304WhileNothingChangedAndAnsweredAfterAMarkRead()
    {
        var author = await Api.SignUpAsync(TestData.UniqueEmail("ann"), TestData.Password);
        var reader = await Api.SignUpAsync(TestData.UniqueEmail("ray"), TestData.Password);
        var post = (await Api.CreateTextPostAsJsonAsync(author.Token, $"Badge poll {TestData.RunMarker}")).Expect<Post>(HttpStatusCode.Created);
        var notification = await Eventually.UntilAsync(
            async () => (await Api.GetNotificationsAsync(reader.Token, 1)).Expect<NotificationPage>(HttpStatusCode.OK).Items.FirstOrDefault(n => n.PostId == post.Id),
            n => n is not null, "the reader sees the notification of the post");
        // Other deliveries may still land (other tests' posts): poll until one answer holds for a next poll.
        var etag = await SettledETagAsync(reader);

        var unchanged = await PollAsync(reader, etag);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(unchanged.Status, Is.EqualTo(HttpStatusCode.NotModified), $"{unchanged}");
            Assert.That(unchanged.Body, Is.Empty);
            Assert.That(unchanged.Headers.ETag?.Tag, Is.EqualTo(etag));
        }

        (await Api.MarkNotificationReadAsync(reader.Token, notification!.Id)).ExpectStatus(HttpStatusCode.NoContent);

        var changed = await PollAsync(reader, etag);
        changed.Expect<NotificationPage>(HttpStatusCode.OK);
        Assert.That(changed.Headers.ETag?.Tag, Is.Not.Null.And.Not.EqualTo(etag));
    }

    private Task<ApiResponse> PollAsync(Session reader, string etag) =>
        Api.GetAsync("/api/notification?limit=1", reader.Token, headers => headers.TryAddWithoutValidation("If-None-Match", etag));

    private async Task<string> SettledETagAsync(Session reader)
    {
        var settled = await Eventually.UntilAsync(
            async () =>
            {
                var etag = (await Api.GetNotificationsAsync(reader.Token, 1)).ExpectStatus(HttpStatusCode.OK).Headers.ETag?.Tag;
                return etag is not null && (await PollAsync(reader, etag)).Status == HttpStatusCode.NotModified ? etag : null;
            },
            etag => etag is not null, "an answer whose ETag the next poll is answered 304 to");
        return settled!;
    }
}
