using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.ObjectStore;

/// <summary>s3://BUCKET/PREFIX: where a publish uploads. The prefix has no leading or trailing '/' (empty: the bucket's root).</summary>
public sealed record S3Location(string Bucket, string Prefix)
{
    /// <summary>The location, or null with a reason (a message for the caller to word) when <paramref name="text"/> is not an s3:// address.</summary>
    public static S3Location? Parse(string text, out MessageText? error)
    {
        error = null;
        if (!text.StartsWith("s3://", StringComparison.Ordinal))
        {
            error = new("objectStore.notS3");
            return null;
        }
        var rest = text["s3://".Length..];
        var slash = rest.IndexOf('/');
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? "" : rest[(slash + 1)..].Trim('/');
        // S3 bucket names: 3–63 lower-case letters, digits, '-' and '.', starting and ending with a letter or digit.
        if (bucket.Length is < 3 or > 63 || !bucket.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.') || !char.IsAsciiLetterOrDigit(bucket[0]) || !char.IsAsciiLetterOrDigit(bucket[^1]))
        {
            error = new("objectStore.invalidBucket", ("bucket", bucket));
            return null;
        }
        if (prefix.Length > 0 && !Bundles.BundlePath.IsSafeRelative(prefix))
        {
            error = new("objectStore.invalidPrefix", ("prefix", prefix));
            return null;
        }
        return new S3Location(bucket, prefix);
    }

    /// <summary>The key of a path under the prefix.</summary>
    public string Key(string relative) => Prefix.Length == 0 ? relative : Prefix + "/" + relative;

    public override string ToString() => Prefix.Length == 0 ? $"s3://{Bucket}/" : $"s3://{Bucket}/{Prefix}/";
}
