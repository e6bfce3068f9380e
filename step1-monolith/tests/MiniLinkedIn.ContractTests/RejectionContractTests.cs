using System.Net;
using System.Text;
using MiniLinkedIn.Posts.Posting;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.ContractTests;

/// <summary>Requests the API turns down, each with its status and an RFC 9457 application/problem+json body.</summary>
[TestFixture]
public sealed class RejectionContractTests : ContractTest
{
    private Session user = null!;

    [OneTimeSetUp]
    public async Task SignUp() => user = await Api.SignUpAsync(TestData.UniqueEmail("uma"), TestData.Password);

    [Test]
    public async Task EveryApiCallWithoutATokenIs401Problem()
    {
        // A post that exists, so that only the missing token is wrong.
        var post = (await Api.CreateTextPostAsJsonAsync(user.AccessToken, "Only for members")).Expect<Post>(HttpStatusCode.Created);

        using (Assert.EnterMultipleScope())
        {
            (await Api.GetFeedAsync(null)).ExpectProblem(HttpStatusCode.Unauthorized);
            (await Api.CreatePostAsync(null, "Who am I?")).ExpectProblem(HttpStatusCode.Unauthorized);
            (await Api.CreateTextPostAsJsonAsync(null, "Who am I?")).ExpectProblem(HttpStatusCode.Unauthorized);
            (await Api.GetPostAsync(null, post.Id)).ExpectProblem(HttpStatusCode.Unauthorized);
            (await Api.GetNotificationsAsync(null)).ExpectProblem(HttpStatusCode.Unauthorized);
            (await Api.CreateNotificationAsync(null, post.Id)).ExpectProblem(HttpStatusCode.Unauthorized);
            (await Api.MarkNotificationReadAsync(null, TestData.UnknownId())).ExpectProblem(HttpStatusCode.Unauthorized);
        }
    }

    [Test]
    public async Task AnUnknownPostIs404Problem()
    {
        (await Api.GetPostAsync(user.AccessToken, TestData.UnknownId())).ExpectProblem(HttpStatusCode.NotFound);
    }

    [TestCase("not-an-id")]
    [TestCase("12345")]
    [TestCase("zzzzzzzzzzzzzzzzzzzzzzzz")]
    public async Task AMalformedPostIdIs404Problem(string id)
    {
        (await Api.GetPostAsync(user.AccessToken, id)).ExpectProblem(HttpStatusCode.NotFound);
    }

    [TestCase("notes.txt", "text/plain")]
    [TestCase("disguised.png", "image/png")]
    public async Task ATextFileAsImageIs415Problem(string fileName, string claimedType)
    {
        var text = Encoding.UTF8.GetBytes("Just some text, whatever the name and the declared type say.\n");

        var response = await Api.CreatePostAsync(user.AccessToken, "A post with a text file for an image", new ImageUpload(text, fileName, claimedType));

        response.ExpectProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task AnImageOverTheLimitIs413Problem()
    {
        // A PNG signature, then zeros: one byte over the limit.
        var bytes = new byte[PostLimits.MaxImageBytes + 1];
        TestData.Png().AsSpan(0, 8).CopyTo(bytes);

        var response = await Api.CreatePostAsync(user.AccessToken, "A post with a huge image", new ImageUpload(bytes, "huge.png", "image/png"));

        response.ExpectProblem(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task AnEmptyPostIs400Problem()
    {
        using (Assert.EnterMultipleScope())
        {
            (await Api.CreatePostAsync(user.AccessToken, "")).ExpectProblem(HttpStatusCode.BadRequest);
            (await Api.CreateTextPostAsJsonAsync(user.AccessToken, "")).ExpectProblem(HttpStatusCode.BadRequest);
            (await Api.CreateTextPostAsJsonAsync(user.AccessToken, null)).ExpectProblem(HttpStatusCode.BadRequest);
        }
    }

    [Test]
    public async Task TextUpToTheLimitIsAcceptedAndLongerIs400Problem()
    {
        var longest = TestData.RunMarker + new string('x', PostLimits.MaxTextLength - TestData.RunMarker.Length);

        using (Assert.EnterMultipleScope())
        {
            var post = (await Api.CreatePostAsync(user.AccessToken, longest)).Expect<Post>(HttpStatusCode.Created);
            Assert.That(post.Text, Is.EqualTo(longest));
            (await Api.CreatePostAsync(user.AccessToken, longest + "y")).ExpectProblem(HttpStatusCode.BadRequest);
            (await Api.CreateTextPostAsJsonAsync(user.AccessToken, longest + "y")).ExpectProblem(HttpStatusCode.BadRequest);
        }
    }

    [Test]
    public async Task AnnouncingAnUnknownPostIs404Problem()
    {
        (await Api.CreateNotificationAsync(user.AccessToken, TestData.UnknownId())).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AnnouncingAMalformedPostIdIs400Problem()
    {
        (await Api.CreateNotificationAsync(user.AccessToken, "not-an-id")).ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task MarkingAnUnknownNotificationReadIs404Problem()
    {
        (await Api.MarkNotificationReadAsync(user.AccessToken, TestData.UnknownId())).ExpectProblem(HttpStatusCode.NotFound);
    }

    [TestCase("not-an-id")]
    [TestCase("zzzzzzzzzzzzzzzzzzzzzzzz")]
    public async Task MarkingAMalformedNotificationIdReadIs404Problem(string id)
    {
        (await Api.MarkNotificationReadAsync(user.AccessToken, id)).ExpectProblem(HttpStatusCode.NotFound);
    }
}
