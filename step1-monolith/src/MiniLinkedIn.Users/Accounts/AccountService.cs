using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.BuildingBlocks.Idempotency;
using MiniLinkedIn.BuildingBlocks.Paging;
using MiniLinkedIn.BuildingBlocks.UseCases;
using MiniLinkedIn.Users.Throttling;
using MiniLinkedIn.Users.Tokens;
using MongoDB.Bson;

namespace MiniLinkedIn.Users.Accounts;

/// <summary>The Users module's use cases: register, and log in for a token.</summary>
internal sealed class AccountService(
    UserAccountStore store,
    IPasswordHasher<UserAccount> hasher,
    LoginLimiter limiter,
    TokenIssuer tokens,
    [FromKeyedServices(UsersOptions.DatabaseName)] IdempotencyStore idempotency,
    TimeProvider time)
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
    /// <remarks>
    /// With an idempotency key (scoped to the email), every attempt writes the account under the same
    /// id, so a repeat answers the account the first attempt created instead of "email taken".
    /// </remarks>
    public async Task<Result<UserAccount>> RegisterAsync(
        string email, string password, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (IdempotencyKey.Check(idempotencyKey) is { } badKey)
        {
            return badKey;
        }

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

        var id = ObjectId.GenerateNewId();
        if (idempotencyKey is not null)
        {
            // The password is not in the fingerprint: a repeat is checked against the account's own hash.
            var claim = await idempotency.ClaimAsync(new IdempotentRequest("register", normalizedEmail, idempotencyKey, ""), cancellationToken);
            if (claim!.IsRepeat && await ReplayAsync(claim.ResourceId, password, cancellationToken) is { } replayed)
            {
                return replayed;
            }

            id = claim.ResourceId;
        }

        var account = new UserAccount
        {
            Id = id,
            Email = normalizedEmail,
            PasswordHash = "",
            CreatedAt = time.UtcNowMilliseconds(),
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        if (await store.TryInsertAsync(account, cancellationToken))
        {
            return account;
        }

        // Either a repeat of this request stored the account first, or somebody else has the email.
        return idempotencyKey is not null && await ReplayAsync(id, password, cancellationToken) is { } stored ? stored : EmailTaken;
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

    /// <returns>Null when no account has this id yet; else that account, or the key-reuse rejection when the password differs.</returns>
    private async Task<Result<UserAccount>?> ReplayAsync(ObjectId id, string password, CancellationToken cancellationToken)
    {
        if (await store.FindByIdAsync(id, cancellationToken) is not { } account)
        {
            return null;
        }

        return hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed
            ? IdempotencyKey.Reused
            : account;
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
