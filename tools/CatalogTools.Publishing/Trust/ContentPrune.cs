using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Trust;

/// <summary>What a prune removed from targets/, or why it removed nothing. Kept is null when the prune followed the deltas and did not count the files it kept.</summary>
public sealed record PruneResult(int Removed, long BytesRemoved, int? Kept, MessageText? Stopped);

/// <summary>
/// Removes content-addressed files under targets/ that none of the last N releases of any channel
/// references. A release is one version of a channel's targets metadata (metadata/CHANNEL/V.targets.json):
/// its manifest by SHA-256 and every file that manifest lists. Always kept, whatever N: each channel's
/// current manifest.json and its files, and the targets versions the newest snapshot names (what a
/// channel reading the timestamp now is sent to). Any release it cannot read stops the prune before
/// anything is deleted: a file is removed only when it is certain nothing kept names it. After a complete
/// prune only the releases that leave the window are looked at, through their successors' deltas
/// (<see cref="DeltaPrune"/>); the whole prune below is the fallback and gives the same result.
/// </summary>
public static class ContentPrune
{
    /// <summary>Releases kept by default (the current one and the two before it: a channel mid-pull of the previous version still finds its files).</summary>
    public const int DefaultKeepReleases = 3;

    public static PruneResult Prune(string output, int keepReleases)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keepReleases, 1);
        var metadata = Path.Combine(output, RepositoryLayout.MetadataFolder);
        var targets = Path.Combine(output, RepositoryLayout.TargetsFolder);
        if (!Directory.Exists(targets)) return new PruneResult(0, 0, 0, null);
        var named = SnapshotNames(output);
        var windows = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var result = DeltaPrune.Prune(output, keepReleases, named, windows) ?? WholePrune(output, keepReleases, named, windows);
        if (result.Stopped is null) new PruneWindow(keepReleases, windows).Write(output);
        return result;
    }

    /// <summary>Reads every kept release's manifest and walks every file under targets/.</summary>
    private static PruneResult WholePrune(string output, int keepReleases, Dictionary<string, long> named, Dictionary<string, List<long>> windows)
    {
        var metadata = Path.Combine(output, RepositoryLayout.MetadataFolder);
        var targets = Path.Combine(output, RepositoryLayout.TargetsFolder);
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var channelFolder in Directory.Exists(metadata) ? Directory.EnumerateDirectories(metadata) : [])
        {
            var channel = Path.GetFileName(channelFolder);
            if (channel.StartsWith('.')) continue;
            var versions = MetadataFolder.Versions(channelFolder, "targets.json");
            var kept = versions.TakeLast(keepReleases).ToHashSet();
            if (named.TryGetValue(RepositoryLayout.TargetsMetaName(channel), out var inSnapshot)) kept.Add(inSnapshot);
            windows[channel] = kept.Order().ToList();
            foreach (var version in kept)
            {
                if (KeepRelease(output, channel, version, keep) is { } problem) return new PruneResult(0, 0, 0, problem);
            }
            // The channel's own folder: what it serves now is kept even if no targets metadata names it yet.
            var current = Path.Combine(output, channel, BundleManifest.FileName);
            if (File.Exists(current) && KeepManifest(channel, File.ReadAllBytes(current), keep) is { } unreadable) return new PruneResult(0, 0, 0, unreadable);
        }

        int removed = 0, held = 0;
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(targets, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Path.GetRelativePath(output, file).Replace(Path.DirectorySeparatorChar, '/');
            // Dot-files are a publish's own temporaries; links are not ours to judge.
            if (Path.GetFileName(file).StartsWith('.') || keep.Contains(relative) || new FileInfo(file).LinkTarget is not null)
            {
                held++;
                continue;
            }
            bytes += new FileInfo(file).Length;
            File.Delete(file);
            removed++;
        }
        foreach (var dir in Directory.EnumerateDirectories(targets, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        }
        return new PruneResult(removed, bytes, held, null);
    }

    /// <summary>The targets versions the newest snapshot names, by meta name (CHANNEL/targets.json).</summary>
    private static Dictionary<string, long> SnapshotNames(string output)
    {
        var versions = MetadataFolder.Versions(Path.Combine(output, RepositoryLayout.MetadataFolder), "snapshot.json");
        if (versions.Count == 0) return [];
        var signed = MetadataFolder.Read(Path.Combine(output, RepositoryLayout.SnapshotFile(versions[^1])), out _);
        try
        {
            return signed is null ? [] : SnapshotMetadata.FromJson(signed.Signed).Meta.ToDictionary(m => m.Key, m => m.Value.Version, StringComparer.Ordinal);
        }
        catch (MetadataFormatException)
        {
            return [];
        }
    }

    private static MessageText? KeepRelease(string output, string channel, long version, HashSet<string> keep)
    {
        var relative = RepositoryLayout.TargetsFile(channel, version);
        var signed = MetadataFolder.Read(Path.Combine(output, relative), out var error);
        TargetsMetadata? parsed = null;
        try
        {
            parsed = signed is null ? null : TargetsMetadata.FromJson(signed.Signed);
        }
        catch (MetadataFormatException e)
        {
            error = e.Reason;
        }
        if (parsed is null) return Unreadable(relative, error);
        foreach (var (path, file) in parsed.Targets)
        {
            var content = RepositoryLayout.ContentFile(path, file.Sha256);
            keep.Add(content);
            if (path != RepositoryLayout.ManifestTarget(channel)) continue;
            var manifestFile = Path.Combine(output, content);
            if (!File.Exists(manifestFile)) continue; // pruned before or never linked: nothing of it to keep
            if (KeepManifest(channel, File.ReadAllBytes(manifestFile), keep) is { } problem) return problem;
        }
        return null;
    }

    private static MessageText? KeepManifest(string channel, byte[] bytes, HashSet<string> keep)
    {
        var manifest = BundleManifest.Parse(bytes, out var error);
        if (manifest is null) return Unreadable($"{channel}/{BundleManifest.FileName}", error);
        keep.Add(RepositoryLayout.ContentFile(RepositoryLayout.ManifestTarget(channel), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))));
        foreach (var file in manifest.Files) keep.Add(RepositoryLayout.ContentFile($"{channel}/{file.Path}", file.Sha256));
        return null;
    }

    private static MessageText Unreadable(string file, MessageText? error) => new("trust.pruneStopped", ("file", file), ("error", error));
}
