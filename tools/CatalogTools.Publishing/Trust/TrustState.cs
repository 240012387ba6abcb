using System.Text.Json;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// What a channel remembers between updates to refuse rollbacks: the versions of the last accepted
/// timestamp, snapshot and each channel's targets metadata, and a fingerprint of the timestamp and
/// snapshot roles' keys — when a root rotation changes those keys (after a compromise), the remembered
/// versions of that role are dropped, so a fast-forwarded version set by a thief does not lock channels out.
/// </summary>
public sealed record TrustState(long TimestampVersion, long SnapshotVersion, IReadOnlyDictionary<string, long> TargetsVersions, string TimestampKeys, string SnapshotKeys, string TargetsKeys)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    public static TrustState? Parse(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<TrustState>(bytes, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The role's key IDs and threshold as one string: equal while the role's keys are unchanged.</summary>
    public static string Fingerprint(RootMetadata root, string role) =>
        string.Join(",", root.Roles[role].KeyIds.Order(StringComparer.Ordinal)) + "/" + root.Roles[role].Threshold;
}
