using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Trust;

/// <summary>A metadata file that still needs signatures before release: its path (relative to the publish folder), role, and how many it has of how many.</summary>
public sealed record PendingSignatures(string File, string Role, int Valid, int Threshold);

/// <summary>
/// What writing trust metadata did: problems (nothing released), files still short of signatures,
/// whether a default root was made, and the snapshot and timestamp versions released (null: not released).
/// </summary>
public sealed record TrustPublishResult(
    IReadOnlyList<MessageText> Problems,
    IReadOnlyList<PendingSignatures> Pending,
    long RootVersion,
    bool DefaultRootCreated,
    IReadOnlyDictionary<string, long> TargetsVersions,
    long? SnapshotVersion,
    long? TimestampVersion)
{
    public bool Released => TimestampVersion is not null;
}
