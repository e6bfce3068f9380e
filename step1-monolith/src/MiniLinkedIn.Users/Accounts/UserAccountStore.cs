using MiniLinkedIn.BuildingBlocks.Persistence;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MongoDB.Driver;

namespace MiniLinkedIn.Users.Accounts;

internal sealed class UserAccountStore(MongoDatabases databases) : IStartupTask
{
    private readonly IMongoCollection<UserAccount> accounts =
        databases.Get(UsersOptions.DatabaseName).GetCollection<UserAccount>("accounts");

    /// <summary>The unique index is the backstop against two registrations of one email racing.</summary>
    public Task RunAsync(CancellationToken cancellationToken) => accounts.Indexes.CreateOneAsync(
        new CreateIndexModel<UserAccount>(
            Builders<UserAccount>.IndexKeys.Ascending(a => a.Email),
            new CreateIndexOptions { Unique = true, Name = "email_unique" }),
        cancellationToken: cancellationToken);

    public async Task<UserAccount?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        await accounts.Find(a => a.Email == normalizedEmail).FirstOrDefaultAsync(cancellationToken);

    /// <returns>False when the email is taken.</returns>
    public async Task<bool> TryInsertAsync(UserAccount account, CancellationToken cancellationToken)
    {
        try
        {
            await accounts.InsertOneAsync(account, cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoException ex) when (ex.IsDuplicateKey())
        {
            return false;
        }
    }

    public Task UpdatePasswordHashAsync(UserAccount account, CancellationToken cancellationToken) =>
        accounts.UpdateOneAsync(
            a => a.Id == account.Id,
            Builders<UserAccount>.Update.Set(a => a.PasswordHash, account.PasswordHash),
            cancellationToken: cancellationToken);
}
