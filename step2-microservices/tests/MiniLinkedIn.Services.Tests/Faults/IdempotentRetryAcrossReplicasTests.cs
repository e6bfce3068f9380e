using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniLinkedIn.PostService;
using MiniLinkedIn.BuildingBlocks.Persistence;
using MiniLinkedIn.Services.Tests.Infrastructure;
using MiniLinkedIn.Testing;
using MiniLinkedIn.Testing.ApiModels;
using MiniLinkedIn.UserService;
using MongoDB.Bson;
using MongoDB.Driver;
using Post = MiniLinkedIn.Testing.ApiModels.Post;

namespace MiniLinkedIn.Services.Tests.Faults;

/// <summary>
/// The gateway sends a write with an Idempotency-Key to the next replica when one fails: the
/// replicas of a service share the key's record through their database, so any of them answers a
/// repeat with the first outcome.
/// </summary>
public sealed class IdempotentRetryAcrossReplicasTests
{
    private static Dictionary<string, string?> SharedDatabases() => new() { ["Mongo:DatabasePrefix"] = $"t{Guid.NewGuid():N}"[..9] + "-" };

    [Test]
    public async Task A_post_retried_on_another_replica_is_answered_and_stored_once()
    {
        var shared = SharedDatabases();
        using var first = PostReplica(shared);
        using var second = PostReplica(shared);
        var ada = await StepTwo.SessionAtAsync(first, "ada");
        var onSecond = new Api(second).WithToken(ada.Token);
        var key = IdempotentWrites.NewKey();

        var original = await Api.ReadAsync<Post>(await IdempotentWrites.PostImageAsync(ada.Client, "retried", TestImages.Png, key), HttpStatusCode.Created);
        var retried = await Api.ReadAsync<Post>(await IdempotentWrites.PostImageAsync(onSecond, "retried", TestImages.Png, key), HttpStatusCode.Created);
        var racing = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            IdempotentWrites.PostTextAsync(i % 2 == 0 ? ada.Client : onSecond, "raced over both replicas", key + "-race")));

        Assert.That(retried, Is.EqualTo(original));
        var raced = await Task.WhenAll(racing.Select(r => Api.ReadAsync<Post>(r, HttpStatusCode.Created)));
        Assert.That(raced.Select(p => p.Id).Distinct().Count(), Is.EqualTo(1));
        var posts = first.Services.GetRequiredService<MongoDatabases>().Get("posts").GetCollection<BsonDocument>("posts");
        Assert.That(await posts.CountDocumentsAsync(Builders<BsonDocument>.Filter.Eq("authorId", ada.User.Id)), Is.EqualTo(2));
    }

    [Test]
    public async Task A_registration_retried_on_another_replica_answers_the_account()
    {
        var shared = SharedDatabases();
        using var first = new ServiceFactory<UserServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>(), shared);
        using var second = new ServiceFactory<UserServiceEntryPoint>(new Dictionary<string, Func<HttpMessageHandler>>(), shared);
        var email = Api.NewEmail("rita");
        var key = IdempotentWrites.NewKey();

        var original = await IdempotentWrites.RegisterAsync(new Api(first).Anonymous(), email, Api.Password, key);
        var retried = await IdempotentWrites.RegisterAsync(new Api(second).Anonymous(), email, Api.Password, key);

        Assert.That(
            await Api.ReadAsync<UserSummary>(retried, HttpStatusCode.Created),
            Is.EqualTo(await Api.ReadAsync<UserSummary>(original, HttpStatusCode.Created)));
    }

    private static ServiceFactory<PostServiceEntryPoint> PostReplica(Dictionary<string, string?> shared) => new(
        new Dictionary<string, Func<HttpMessageHandler>>
        {
            [PeerClients.Jwks] = () => StepTwo.User.Server.CreateHandler(),
            [PeerClients.NotificationInbox] = () => StepTwo.Notification.Server.CreateHandler(),
        },
        shared);
}
