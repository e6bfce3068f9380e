using System.Net;
using MiniLinkedIn.Testing.ApiModels;
using MiniLinkedIn.Testing.HostileInput;

namespace MiniLinkedIn.ContractTests;

/// <summary>
/// Broken multipart/form-data bodies for POST /api/post: each a 400 problem (413 when too large)
/// within the client's timeout, quoting nothing of the request, and no post appears.
/// </summary>
[TestFixture]
public sealed class MalformedMultipartContractTests : ContractTest
{
    private Session uploader = null!;
    private Session observer = null!;

    [OneTimeSetUp]
    public async Task SignUp()
    {
        uploader = await Api.SignUpAsync(TestData.UniqueEmail("mallory"), TestData.Password);
        observer = await Api.SignUpAsync(TestData.UniqueEmail("oscar"), TestData.Password);
    }

    private static IEnumerable<MalformedMultipart.Request> Bodies() => MalformedMultipart.All();

    [TestCaseSource(nameof(Bodies))]
    public async Task AMalformedBodyIs400ProblemThatQuotesNothing(MalformedMultipart.Request malformed)
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/api/post", uploader.AccessToken, malformed.ToContent());

        response.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.That(LeakCheck.FindLeak(response.Text), Is.Null, response.ToString());
    }

    [Test]
    public async Task AFilePartOverTheSizeLimitIs413Problem()
    {
        // Expect: 100-continue, so that the client reads the early 413 instead of failing to send the rest
        // of a body the server will not take (it closes the connection after answering).
        var response = await Api.SendAsync(
            HttpMethod.Post, "/api/post", uploader.AccessToken, MalformedMultipart.OversizedFilePart().ToContent(), h => h.ExpectContinue = true);

        response.ExpectProblem(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task AFileInputLeftEmptyIsAPostWithoutAnImage()
    {
        var poster = await Api.SignUpAsync(TestData.UniqueEmail("petra"), TestData.Password);

        var response = await Api.SendAsync(HttpMethod.Post, "/api/post", poster.AccessToken, MalformedMultipart.UnchosenFileInput("No picture today").ToContent());

        var post = response.Expect<Post>(HttpStatusCode.Created);
        Assert.That((post.Text, post.ImageUrl), Is.EqualTo(("No picture today", (string?)null)));
    }

    [Test, Order(int.MaxValue)]
    public async Task NoneOfThemCreatedAPost()
    {
        foreach (var malformed in MalformedMultipart.All())
        {
            await Api.SendAsync(HttpMethod.Post, "/api/post", uploader.AccessToken, malformed.ToContent());
        }

        var feed = (await Api.GetFeedAsync(observer.AccessToken, limit: 100)).Expect<PostPage>(HttpStatusCode.OK);
        Assert.That(feed.Items.Select(p => p.Author.Id), Has.None.EqualTo(uploader.Id), "a post by the uploader");
    }
}
