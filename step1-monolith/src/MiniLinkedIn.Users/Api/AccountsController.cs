using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using MiniLinkedIn.ServiceDefaults.Authentication;
using MiniLinkedIn.ServiceDefaults.Http;
using MiniLinkedIn.Users.Accounts;

namespace MiniLinkedIn.Users.Api;

[ApiController]
[Route("api")]
[Tags("Accounts")]
internal sealed class AccountsController(AccountService accounts) : ControllerBase
{
    /// <summary>Creates an account.</summary>
    /// <remarks>
    /// The email is stored in one canonical form: Unicode NFKC, trimmed, lower case, the domain in IDNA
    /// ASCII (<c>k@bücher.de</c> is <c>k@xn--bcher-kva.de</c>). Invisible or control characters and
    /// spaces inside the address are refused. One account per email: registering an address that exists
    /// in another form is a 409. Registering does not log in; call <c>login</c> next.
    /// </remarks>
    /// <response code="201">The account: its id and the email as stored.</response>
    /// <response code="400">The email is not an email address, or the password is not {MinPasswordLength} to {MaxPasswordLength} characters; <c>errors</c> says which.</response>
    /// <response code="409">An account with this email exists.</response>
    [HttpPost("register", Name = "register")]
    [ProducesResponseType<UserSummary>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Register(Credentials credentials, CancellationToken cancellationToken)
    {
        var registered = await accounts.RegisterAsync(credentials.Email, credentials.Password, cancellationToken);
        return registered.IsRejected
            ? this.Reject(registered.Rejection)
            : StatusCode(StatusCodes.Status201Created, AccountSummary.Of(registered.Value));
    }

    /// <summary>Exchanges an email and password for a bearer token.</summary>
    /// <remarks>Limited per email and per client address; over the limit answers 429.</remarks>
    /// <response code="200">A bearer token for the other operations, how long it lives, and the user it is for.</response>
    /// <response code="400">The body is not <c>{ email, password }</c>.</response>
    /// <response code="401">Wrong email or password: the same answer for both, so it does not tell whether the account exists.</response>
    /// <response code="429">Too many attempts for this email or from this client; try again when <c>Retry-After</c> says.</response>
    [HttpPost("login", Name = "login")]
    [ProducesResponseType<LoginResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task<IActionResult> Login(Credentials credentials, CancellationToken cancellationToken)
    {
        var clientAddress = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var signedIn = await accounts.LogInAsync(credentials.Email, credentials.Password, clientAddress, cancellationToken);
        return signedIn.IsRejected ? this.Reject(signedIn.Rejection) : Ok(LoginResponse.From(signedIn.Value));
    }
}
