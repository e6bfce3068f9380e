using MiniLinkedIn.BuildingBlocks.Persistence;
using MiniLinkedIn.ServiceDefaults.Hosting;
using MongoDB.Bson;
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

    public async Task<UserAccount?> FindByIdAsync(ObjectId id, CancellationToken cancellationToken) =>
        await accounts.Find(a => a.Id == id).FirstOrDefaultAsync(cancellationToken);

    /// <returns>False when the email (or the id, see <see cref="AccountService.RegisterAsync"/>) is taken.</returns>
    public Task<bool> TryInsertAsync(UserAccount account, CancellationToken cancellationToken) =>
        accounts.TryInsertOneAsync(account, cancellationToken);

    public Task UpdatePasswordHashAsync(UserAccount account, CancellationToken cancellationToken) =>
        accounts.UpdateOneAsync(
            a => a.Id == account.Id,
            Builders<UserAccount>.Update.Set(a => a.PasswordHash, account.PasswordHash),
            cancellationToken: cancellationToken);
}
