using System.Net;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;
using MiniLinkedIn.Testing.HostileInput;

namespace MiniLinkedIn.Monolith.Tests;

/// <summary>One person, one account: look-alike addresses over the real pipeline.</summary>
public sealed class OneIdentityTests
{
    private static Api Api => TestApp.Api;

    private static IEnumerable<string> SamePersonNames() => LookAlikeEmails.SamePerson("x@example.com").Select(v => v.Name);

    private static IEnumerable<string> RefusedNames() => LookAlikeEmails.Refused("xxxx@example.com").Select(v => v.Name);

    [TestCaseSource(nameof(SamePersonNames))]
    public async Task A_look_alike_of_a_registered_address_is_409_and_logs_into_the_same_account(string name)
    {
        var plain = LookAlikeEmails.NewPlainAddress();
        var variant = LookAlikeEmails.SamePerson(plain).Single(v => v.Name == name);
        var registered = await Api.ReadAsync<UserSummary>(await Api.RegisterAsync(plain), HttpStatusCode.Created);

        await Api.ProblemAsync(await Api.RegisterAsync(variant.Written), HttpStatusCode.Conflict);
        var login = await Api.ReadAsync<LoginResponse>(await Api.LoginAsync(variant.Written), HttpStatusCode.OK);
        Assert.That(login.User, Is.EqualTo(registered));
    }

    [TestCaseSource(nameof(SamePersonNames))]
    public async Task A_look_alike_form_is_registered_under_the_plain_address(string name)
    {
        var plain = LookAlikeEmails.NewPlainAddress();
        var variant = LookAlikeEmails.SamePerson(plain).Single(v => v.Name == name);

        var registered = await Api.ReadAsync<UserSummary>(await Api.RegisterAsync(variant.Written), HttpStatusCode.Created);

        Assert.That(registered.Email, Is.EqualTo(plain));
        await Api.ProblemAsync(await Api.RegisterAsync(plain), HttpStatusCode.Conflict);
        Assert.That((await Api.ReadAsync<LoginResponse>(await Api.LoginAsync(plain), HttpStatusCode.OK)).User, Is.EqualTo(registered));
    }

    [TestCaseSource(nameof(RefusedNames))]
    public async Task An_address_with_invisible_characters_or_inner_spaces_is_a_400_naming_the_email(string name)
    {
        var plain = LookAlikeEmails.NewPlainAddress();
        var variant = LookAlikeEmails.Refused(plain).Single(v => v.Name == name);

        var response = await Api.RegisterAsync(variant.Written);

        var body = await response.Content.ReadAsStringAsync();
        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.Errors, Does.ContainKey("email"));
        Assert.That(body, Does.Not.Contain(plain[4..]), "the answer quotes the address");
        await Api.ProblemAsync(await Api.LoginAsync(variant.Written), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_internationalized_domain_is_stored_in_IDNA_ASCII_and_is_one_account()
    {
        var (unicode, ascii) = LookAlikeEmails.NewInternationalizedAddress();

        var registered = await Api.ReadAsync<UserSummary>(await Api.RegisterAsync(unicode), HttpStatusCode.Created);

        Assert.That(registered.Email, Is.EqualTo(ascii));
        await Api.ProblemAsync(await Api.RegisterAsync(ascii), HttpStatusCode.Conflict);
        await Api.ProblemAsync(await Api.RegisterAsync(unicode.ToUpperInvariant()), HttpStatusCode.Conflict);
        Assert.That((await Api.ReadAsync<LoginResponse>(await Api.LoginAsync(ascii), HttpStatusCode.OK)).User, Is.EqualTo(registered));
        Assert.That((await Api.ReadAsync<LoginResponse>(await Api.LoginAsync(unicode), HttpStatusCode.OK)).User, Is.EqualTo(registered));
    }
}
