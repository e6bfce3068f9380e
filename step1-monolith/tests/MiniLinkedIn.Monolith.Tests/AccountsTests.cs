using System.Net;
using System.Net.Http.Json;
using System.Text;
using MiniLinkedIn.Monolith.Tests.Infrastructure;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.Monolith.Tests;

public sealed class AccountsTests
{
    private static Api Api => TestApp.Api;

    [Test]
    public async Task Register_trims_and_lowercases_the_email()
    {
        var email = Api.NewEmail("Ada");
        var user = await Api.ReadAsync<UserSummary>(await Api.RegisterAsync($"  {email.ToUpperInvariant()} "), HttpStatusCode.Created);

        Assert.That(user.Email, Is.EqualTo(email.ToLowerInvariant()));
        Assert.That(user.Id, Does.Match("^[0-9a-f]{24}$"));
    }

    [TestCase("not-an-email")]
    [TestCase("two@@example.com")]
    [TestCase("spaces in@example.com")]
    [TestCase("nodomain@")]
    [TestCase("")]
    public async Task Register_rejects_an_invalid_email(string email)
    {
        var problem = await Api.ProblemAsync(await Api.RegisterAsync(email), HttpStatusCode.BadRequest);

        Assert.That(problem.Errors, Does.ContainKey("email"));
    }

    [TestCase(7)]
    [TestCase(129)]
    public async Task Register_rejects_a_password_of_the_wrong_length(int length)
    {
        var problem = await Api.ProblemAsync(await Api.RegisterAsync(Api.NewEmail(), new string('p', length)), HttpStatusCode.BadRequest);

        Assert.That(problem.Errors, Does.ContainKey("password"));
    }

    [TestCase(8)]
    [TestCase(128)]
    public async Task Register_accepts_passwords_at_the_length_limits(int length)
    {
        var email = Api.NewEmail();
        var password = new string('p', length);
        await Api.ReadAsync<UserSummary>(await Api.RegisterAsync(email, password), HttpStatusCode.Created);

        await Api.ReadAsync<LoginResponse>(await Api.LoginAsync(email, password), HttpStatusCode.OK);
    }

    [Test]
    public async Task Register_answers_409_for_a_taken_email_whatever_its_case()
    {
        var email = Api.NewEmail();
        (await Api.RegisterAsync(email)).EnsureSuccessStatusCode();

        await Api.ProblemAsync(await Api.RegisterAsync(" " + email.ToUpperInvariant()), HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Twenty_concurrent_registrations_of_one_email_create_exactly_one_account()
    {
        var email = Api.NewEmail("race");
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Api.RegisterAsync(email)));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(19));
    }

    [Test]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var body = new StringContent("{\"email\":", Encoding.UTF8, "application/json");
        await Api.ProblemAsync(await Api.Anonymous().PostAsync("/api/register", body), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Login_returns_a_bearer_token_and_the_user()
    {
        var email = Api.NewEmail();
        var registered = await Api.ReadAsync<UserSummary>(await Api.RegisterAsync(email), HttpStatusCode.Created);

        var login = await Api.ReadAsync<LoginResponse>(await Api.LoginAsync(" " + email.ToUpperInvariant()), HttpStatusCode.OK);

        Assert.That(login.TokenType, Is.EqualTo("Bearer"));
        Assert.That(login.ExpiresIn, Is.EqualTo(3600));
        Assert.That(login.User, Is.EqualTo(registered));
        Assert.That(login.AccessToken.Split('.'), Has.Length.EqualTo(3));
    }

    [Test]
    public async Task Login_failures_look_the_same_for_unknown_email_and_wrong_password()
    {
        var email = Api.NewEmail();
        (await Api.RegisterAsync(email)).EnsureSuccessStatusCode();

        var wrongPassword = await Api.ProblemAsync(await Api.LoginAsync(email, "wrong password"), HttpStatusCode.Unauthorized);
        var unknownEmail = await Api.ProblemAsync(await Api.LoginAsync(Api.NewEmail()), HttpStatusCode.Unauthorized);

        Assert.That(unknownEmail.Title, Is.EqualTo(wrongPassword.Title));
        Assert.That(unknownEmail.Detail, Is.EqualTo(wrongPassword.Detail));
        Assert.That(unknownEmail.Type, Is.EqualTo(wrongPassword.Type));
    }

    [Test]
    public async Task Login_is_limited_per_email()
    {
        var email = Api.NewEmail();
        (await Api.RegisterAsync(email)).EnsureSuccessStatusCode();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await Api.ProblemAsync(await Api.LoginAsync(email, "wrong password"), HttpStatusCode.Unauthorized);
        }

        var limited = await Api.LoginAsync(email);
        await Api.ProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));

        var other = Api.NewEmail();
        (await Api.RegisterAsync(other)).EnsureSuccessStatusCode();
        await Api.ReadAsync<LoginResponse>(await Api.LoginAsync(other), HttpStatusCode.OK);
    }

    [Test]
    public async Task Login_is_limited_per_client_address()
    {
        using var factory = new MonolithFactory(new Dictionary<string, string?> { ["Users:LoginAttemptsPerMinutePerClient"] = "3" });
        var api = new Api(factory);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Api.ProblemAsync(await api.LoginAsync(Api.NewEmail()), HttpStatusCode.Unauthorized);
        }

        var limited = await api.LoginAsync(Api.NewEmail());
        await Api.ProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task Register_with_missing_fields_is_a_400_naming_them()
    {
        var problem = await Api.ProblemAsync(await Api.Anonymous().PostAsJsonAsync("/api/register", new { }), HttpStatusCode.BadRequest);

        Assert.That(problem.Errors, Does.ContainKey("email").And.ContainKey("password"));
    }
}
