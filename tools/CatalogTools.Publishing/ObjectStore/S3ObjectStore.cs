using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace CatalogTools.Publishing.ObjectStore;

/// <summary>
/// S3 or an S3-compatible store (MinIO, Ceph, a cloud's OSS/COS, moto in tests) through AWSSDK.S3, configured
/// from the environment: AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL (another store than AWS; path-style
/// addressing then), AWS_REGION or AWS_DEFAULT_REGION (default us-east-1), AWS_ACCESS_KEY_ID,
/// AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN (without them the SDK's default chain: profile, instance role).
/// Checksums only where the API requires them, so stores without the newer checksum headers work.
/// </summary>
public sealed class S3ObjectStore(IAmazonS3 client, string bucket) : IObjectStore, IDisposable
{
    public static S3ObjectStore FromEnvironment(string bucket, Func<string, string?> environment)
    {
        string? Var(string name) => environment(name) is { Length: > 0 } v ? v : null;
        var config = new AmazonS3Config
        {
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromMinutes(5),
        };
        var region = Var("AWS_REGION") ?? Var("AWS_DEFAULT_REGION") ?? "us-east-1";
        if ((Var("AWS_ENDPOINT_URL_S3") ?? Var("AWS_ENDPOINT_URL")) is { } endpoint)
        {
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = region;
            config.ForcePathStyle = true;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region);
        }
        var key = Var("AWS_ACCESS_KEY_ID");
        var secret = Var("AWS_SECRET_ACCESS_KEY");
        IAmazonS3 client = key is not null && secret is not null
            ? new AmazonS3Client(Var("AWS_SESSION_TOKEN") is { } token ? new SessionAWSCredentials(key, secret, token) : new BasicAWSCredentials(key, secret), config)
            : new AmazonS3Client(config);
        return new S3ObjectStore(client, bucket);
    }

    public async Task<IReadOnlyDictionary<string, StoredObject>> ListAsync(string prefix, CancellationToken cancellation)
    {
        var found = new Dictionary<string, StoredObject>(StringComparer.Ordinal);
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix.Length == 0 ? null : prefix };
        while (true)
        {
            var page = await client.ListObjectsV2Async(request, cancellation);
            foreach (var o in page.S3Objects ?? []) found[o.Key] = new StoredObject(o.Key, o.Size ?? 0, (o.ETag ?? "").Trim('"'));
            if (page.IsTruncated != true || string.IsNullOrEmpty(page.NextContinuationToken)) return found;
            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    public async Task<byte[]?> GetAsync(string key, long maxBytes, CancellationToken cancellation)
    {
        try
        {
            using var response = await client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key }, cancellation);
            if (response.ContentLength > maxBytes) throw new ObjectStoreException(new("objectStore.tooLarge", ("key", key), ("limit", maxBytes)));
            using var copy = new MemoryStream();
            await response.ResponseStream.CopyToAsync(copy, cancellation);
            return copy.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task PutAsync(string key, string file, string contentType, string cacheControl, CancellationToken cancellation)
    {
        var request = new PutObjectRequest { BucketName = bucket, Key = key, FilePath = file, ContentType = contentType };
        request.Headers.CacheControl = cacheControl;
        await client.PutObjectAsync(request, cancellation);
    }

    public async Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellation)
    {
        // DeleteObjects takes at most 1000 keys per request.
        foreach (var chunk in keys.Chunk(1000))
        {
            await client.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = bucket, Objects = chunk.Select(k => new KeyVersion { Key = k }).ToList() }, cancellation);
        }
    }

    public void Dispose() => client.Dispose();
}
