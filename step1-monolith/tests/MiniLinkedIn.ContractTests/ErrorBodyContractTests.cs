using System.Net;
using MiniLinkedIn.Testing.ApiModels;
using MiniLinkedIn.Testing.HostileInput;

namespace MiniLinkedIn.ContractTests;

/// <summary>Every endpoint's error answers: the expected problem, naming no .NET type and quoting nothing of the request.</summary>
[TestFixture]
public sealed class ErrorBodyContractTests : ContractTest
{
    private Session user = null!;
    private Post post = null!;

    [OneTimeSetUp]
    public async Task SignUpAndPost()
    {
        user = await Api.SignUpAsync(TestData.UniqueEmail("erin"), TestData.Password);
        post = (await Api.CreateTextPostAsJsonAsync(user.Token, "an existing post")).Expect<Post>(HttpStatusCode.Created);
    }

    private static IEnumerable<HostileRequests.Request> Requests() => HostileRequests.All();

    [TestCaseSource(nameof(Requests))]
    public async Task AHostileRequestGetsAProblemThatLeaksNothing(HostileRequests.Request hostile)
    {
        var response = await Api.SendAsync(hostile.Method, hostile.PathFor(post.Id), hostile.WithToken ? user.Token : null, hostile.Content());

        response.ExpectProblem(hostile.Expected);
        Assert.That(LeakCheck.FindLeak(response.Text), Is.Null, response.ToString());
    }

    [Test]
    public async Task TheLocationOfANewPostIsNotTakenFromTheHostHeader()
    {
        var response = await Api.SendAsync(
            HttpMethod.Post, "/api/post", user.Token, System.Net.Http.Json.JsonContent.Create(new { text = "hosted" }), h => h.Host = "evil.example");

        // A front door may refuse a Host it does not serve; what it must not do is build URLs from it.
        if (response.Status != HttpStatusCode.Created)
        {
            Assert.That((int)response.Status, Is.InRange(400, 499), response.ToString());
            return;
        }

        var created = response.Expect<Post>(HttpStatusCode.Created);
        Assert.That(response.Headers.Location?.IsAbsoluteUri == true ? response.Headers.Location.Host : null, Is.Not.EqualTo("evil.example"), response.ToString());
        Assert.That(new Uri(Api.BaseAddress, response.Headers.Location!).AbsolutePath, Is.EqualTo("/api/post/" + created.Id));
    }
}
