using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;
using MiniLinkedIn.Testing.HostileInput;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>Every endpoint's error answers: a problem with the expected status that leaks nothing.</summary>
public sealed class ErrorBodyTests
{
    private static Api Api => TestApp.Api;

    private Session ada = null!;
    private Post post = null!;

    [OneTimeSetUp]
    public async Task SignUp()
    {
        ada = await Api.NewSessionAsync("ada");
        post = await Api.PostTextAsync(ada, "an existing post");
    }

    private static IEnumerable<HostileRequests.Request> Requests() => HostileRequests.All();

    [TestCaseSource(nameof(Requests))]
    public async Task Hostile_request_gets_a_problem_that_names_no_type_and_quotes_nothing(HostileRequests.Request hostile)
    {
        var client = hostile.WithToken ? ada.Client : Api.Anonymous();
        using var request = new HttpRequestMessage(hostile.Method, hostile.PathFor(post.Id)) { Content = hostile.Content() };

        var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        await Api.ProblemAsync(response, hostile.Expected);
        Assert.That(LeakCheck.FindLeak(body), Is.Null, body);
    }
}
