using Microsoft.AspNetCore.Identity;
using MiniLinkedIn.ServiceDefaults.Paging;
using MongoDB.Bson;

namespace MiniLinkedIn.Users.Accounts;

public sealed class AccountService(UserAccountStore store, IPasswordHasher<UserAccount> hasher, TimeProvider time)
{
    // Verifying against a real hash when the email is unknown keeps both failures equally slow,
    // so response times do not reveal which emails are registered.
    private readonly Lazy<string> decoyHash = new(() => hasher.HashPassword(null!, "decoy-password-for-timing"));

    /// <returns>The new account, or null when the email is taken.</returns>
    public async Task<UserAccount?> RegisterAsync(string normalizedEmail, string password, CancellationToken cancellationToken)
    {
        var account = new UserAccount
        {
            Id = ObjectId.GenerateNewId(),
            Email = normalizedEmail,
            PasswordHash = "",
            CreatedAt = time.UtcNowMilliseconds(),
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        return await store.TryInsertAsync(account, cancellationToken) ? account : null;
    }

    /// <returns>The account, or null for an unknown email or a wrong password alike.</returns>
    public async Task<UserAccount?> VerifyAsync(string normalizedEmail, string password, CancellationToken cancellationToken)
    {
        var account = await store.FindByEmailAsync(normalizedEmail, cancellationToken);
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
