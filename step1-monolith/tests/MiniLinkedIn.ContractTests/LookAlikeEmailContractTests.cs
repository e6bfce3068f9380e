using System.Net;
using MiniLinkedIn.Testing.ApiModels;
using MiniLinkedIn.Testing.HostileInput;

namespace MiniLinkedIn.ContractTests;

/// <summary>One person, one account: addresses that look like a registered one.</summary>
[TestFixture]
public sealed class LookAlikeEmailContractTests : ContractTest
{
    private static readonly string Plain = LookAlikeEmails.NewPlainAddress("contract-tests.example.com");

    private UserSummary registered = null!;

    [OneTimeSetUp]
    public async Task RegisterThePlainAddress() =>
        registered = (await Api.RegisterAsync(Plain, TestData.Password)).Expect<UserSummary>(HttpStatusCode.Created);

    private static IEnumerable<LookAlikeEmails.Variant> SamePerson() => LookAlikeEmails.SamePerson(Plain);

    private static IEnumerable<LookAlikeEmails.Variant> Refused() => LookAlikeEmails.Refused(LookAlikeEmails.NewPlainAddress("contract-tests.example.com"));

    [TestCaseSource(nameof(SamePerson))]
    public async Task ALookAlikeOfARegisteredAddressIs409AndLogsIntoTheSameAccount(LookAlikeEmails.Variant variant)
    {
        (await Api.RegisterAsync(variant.Written, "another password")).ExpectProblem(HttpStatusCode.Conflict);

        var login = (await Api.LoginAsync(variant.Written, TestData.Password)).Expect<LoginResponse>(HttpStatusCode.OK);
        Assert.That(login.User, Is.EqualTo(registered));
    }

    [TestCaseSource(nameof(Refused))]
    public async Task AnAddressWithInvisibleCharactersOrInnerSpacesIs400NamingTheEmail(LookAlikeEmails.Variant variant)
    {
        var response = await Api.RegisterAsync(variant.Written, TestData.Password);

        var problem = response.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.That(problem.Errors?.Keys, Has.Some.EqualTo("email").IgnoreCase, response.ToString());
        Assert.That(LeakCheck.FindLeak(response.Text), Is.Null, response.ToString());
    }

    [Test]
    public async Task AnInternationalizedDomainIsStoredInIdnaAsciiAndIsOneAccount()
    {
        var (unicode, ascii) = LookAlikeEmails.NewInternationalizedAddress();

        var user = (await Api.RegisterAsync(unicode, TestData.Password)).Expect<UserSummary>(HttpStatusCode.Created);

        Assert.That(user.Email, Is.EqualTo(ascii));
        (await Api.RegisterAsync(ascii, TestData.Password)).ExpectProblem(HttpStatusCode.Conflict);
        Assert.That((await Api.LoginAsync(ascii, TestData.Password)).Expect<LoginResponse>(HttpStatusCode.OK).User, Is.EqualTo(user));
    }
}
