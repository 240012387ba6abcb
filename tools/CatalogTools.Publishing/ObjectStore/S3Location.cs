namespace CatalogTools.Publishing.ObjectStore;

/// <summary>s3://BUCKET/PREFIX: where a publish uploads. The prefix has no leading or trailing '/' (empty: the bucket's root).</summary>
public sealed record S3Location(string Bucket, string Prefix)
{
    /// <summary>The location, or null with a reason (Chinese / English) when <paramref name="text"/> is not an s3:// address.</summary>
    public static S3Location? Parse(string text, out string? error)
    {
        error = null;
        if (!text.StartsWith("s3://", StringComparison.Ordinal))
        {
            error = "须为 s3://BUCKET/PREFIX / must be s3://BUCKET/PREFIX";
            return null;
        }
        var rest = text["s3://".Length..];
        var slash = rest.IndexOf('/');
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? "" : rest[(slash + 1)..].Trim('/');
        // S3 bucket names: 3–63 lower-case letters, digits, '-' and '.', starting and ending with a letter or digit.
        if (bucket.Length is < 3 or > 63 || !bucket.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.') || !char.IsAsciiLetterOrDigit(bucket[0]) || !char.IsAsciiLetterOrDigit(bucket[^1]))
        {
            error = $"存储桶名『{bucket}』无效（3–63 个小写字母、数字、- 或 .）/ invalid bucket name '{bucket}' (3–63 lower-case letters, digits, '-' or '.')";
            return null;
        }
        if (prefix.Length > 0 && !Bundles.BundlePath.IsSafeRelative(prefix))
        {
            error = $"前缀『{prefix}』无效（不能有空段、. 或 ..）/ invalid prefix '{prefix}' (no empty, . or .. segment)";
            return null;
        }
        return new S3Location(bucket, prefix);
    }

    /// <summary>The key of a path under the prefix.</summary>
    public string Key(string relative) => Prefix.Length == 0 ? relative : Prefix + "/" + relative;

    public override string ToString() => Prefix.Length == 0 ? $"s3://{Bucket}/" : $"s3://{Bucket}/{Prefix}/";
}
