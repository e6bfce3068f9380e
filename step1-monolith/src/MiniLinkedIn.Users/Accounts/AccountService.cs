using Microsoft.AspNetCore.Identity;
using MiniLinkedIn.BuildingBlocks.Paging;
using MiniLinkedIn.BuildingBlocks.UseCases;
using MiniLinkedIn.Users.Throttling;
using MiniLinkedIn.Users.Tokens;
using MongoDB.Bson;

namespace MiniLinkedIn.Users.Accounts;

/// <summary>The Users module's use cases: register, and log in for a token.</summary>
internal sealed class AccountService(
    UserAccountStore store, IPasswordHasher<UserAccount> hasher, LoginLimiter limiter, TokenIssuer tokens, TimeProvider time)
{
    private static readonly Rejection EmailTaken =
        new(RejectionKind.Conflict, "Email taken", "An account with this email already exists.");

    // One answer for an unknown email and a wrong password, so it does not tell which accounts exist.
    private static readonly Rejection LoginFailed =
        new(RejectionKind.Unauthenticated, "Login failed", "Wrong email or password.");

    // Verifying against a real hash when the email is unknown keeps both failures equally slow,
    // so response times do not reveal which emails are registered either.
    private readonly Lazy<string> decoyHash = new(() => hasher.HashPassword(null!, "decoy-password-for-timing"));

    /// <summary>Creates an account for an email in its stored form (<see cref="EmailAddress.TryNormalize"/>).</summary>
    public async Task<Result<UserAccount>> RegisterAsync(string email, string password, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var normalizedEmail = EmailAddress.TryNormalize(email, out var emailError);
        if (normalizedEmail is null)
        {
            errors["email"] = emailError;
        }

        if (password.Length is < AccountLimits.MinPasswordLength or > AccountLimits.MaxPasswordLength)
        {
            errors["password"] = AccountLimits.PasswordLengthRule;
        }

        if (normalizedEmail is null || errors.Count > 0)
        {
            return Rejection.Invalid("Invalid account", errors);
        }

        var account = new UserAccount
        {
            Id = ObjectId.GenerateNewId(),
            Email = normalizedEmail,
            PasswordHash = "",
            CreatedAt = time.UtcNowMilliseconds(),
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        return await store.TryInsertAsync(account, cancellationToken) ? account : EmailTaken;
    }

    /// <summary>Checks the attempt against the login limits, then the password, and issues a token.</summary>
    public async Task<Result<SignedIn>> LogInAsync(string email, string password, string clientAddress, CancellationToken cancellationToken)
    {
        var lookupEmail = EmailAddress.ForLookup(email);
        if (await limiter.TryAttemptAsync(lookupEmail, clientAddress, cancellationToken) is { } wait)
        {
            return LoginLimiter.TooManyAttempts(wait);
        }

        var account = await VerifyAsync(lookupEmail, password, cancellationToken);
        return account is null ? LoginFailed : new SignedIn(account, tokens.Issue(account));
    }

    private async Task<UserAccount?> VerifyAsync(string email, string password, CancellationToken cancellationToken)
    {
        var account = await store.FindByEmailAsync(email, cancellationToken);
        if (account is null)
        {
            hasher.VerifyHashedPassword(null!, decoyHash.Value, password);
            return null;
        }

        switch (hasher.VerifyHashedPassword(account, account.PasswordHash, password))
        {
            case PasswordVerificationResult.SuccessRehashNeeded:
                account.PasswordHash = hasher.HashPassword(account, password);
                await store.UpdatePasswordHashAsync(account, cancellationToken);
                return account;
            case PasswordVerificationResult.Success:
                return account;
            default:
                return null;
        }
    }
}
