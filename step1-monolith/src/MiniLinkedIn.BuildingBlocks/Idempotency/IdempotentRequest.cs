using System.Security.Cryptography;
using System.Text;
using MongoDB.Bson;

namespace MiniLinkedIn.BuildingBlocks.Idempotency;

/// <summary>
/// One intended write: the operation, the caller the key belongs to (an account id, or for a
/// registration the email), the client's key, and a fingerprint of what was asked.
/// </summary>
public sealed record IdempotentRequest(string Operation, string Caller, string Key, string Fingerprint)
{
    /// <summary>
    /// The key's record id, derived from (operation, caller, key): the uniqueness of <c>_id</c>, which
    /// every MongoDB enforces, makes two records of one key impossible without any other index.
    /// </summary>
    public ObjectId RecordId
    {
        get
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Operation}\n{Caller}\n{Key}"));
            return new ObjectId(hash[..12]);
        }
    }
}
