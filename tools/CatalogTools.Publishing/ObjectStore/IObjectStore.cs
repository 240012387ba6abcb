namespace CatalogTools.Publishing.ObjectStore;

/// <summary>An object the store holds: its key, size and ETag (for a single-part upload, the hex MD5 of its bytes).</summary>
public sealed record StoredObject(string Key, long Size, string ETag);

/// <summary>
/// Object storage a publish uploads to (S3 or any S3-compatible store; a test may put another behind it).
/// Keys are full keys ('/'-separated, prefix included).
/// </summary>
public interface IObjectStore
{
    /// <summary>Every object whose key starts with <paramref name="prefix"/>.</summary>
    Task<IReadOnlyDictionary<string, StoredObject>> ListAsync(string prefix, CancellationToken cancellation);

    /// <summary>The bytes of one object (at most <paramref name="maxBytes"/>), or null when there is no such key.</summary>
    Task<byte[]?> GetAsync(string key, long maxBytes, CancellationToken cancellation);

    /// <summary>Uploads one file's bytes under <paramref name="key"/> in one request (the store shows it whole or not at all).</summary>
    Task PutAsync(string key, string file, string contentType, string cacheControl, CancellationToken cancellation);

    Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellation);
}
