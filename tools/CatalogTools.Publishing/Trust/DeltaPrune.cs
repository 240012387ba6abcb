using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// The prune in O(changed): since the last complete prune (<see cref="PruneWindow"/>) only the releases
/// that left a channel's window can have content files that nothing kept references, and of each such
/// release only the files its successor's delta.json lists as changed or removed (and its manifest and
/// delta.json): every other file has the same content-addressed name in the successor. Each candidate
/// is removed unless a kept release or the channel's current manifest names the same path and SHA-256.
/// Null when that chain cannot be followed (no window, another N, a release or delta missing or not
/// leading from one to the next): the caller then prunes whole.
/// </summary>
internal static class DeltaPrune
{
    public static PruneResult? Prune(string output, int keepReleases, IReadOnlyDictionary<string, long> named, Dictionary<string, List<long>> windows)
    {
        var state = PruneWindow.Read(output);
        if (state is null || state.Keep != keepReleases) return null;
        var metadata = Path.Combine(output, RepositoryLayout.MetadataFolder);
        var doomed = new List<string>();
        foreach (var channelFolder in Directory.Exists(metadata) ? Directory.EnumerateDirectories(metadata) : [])
        {
            var channel = Path.GetFileName(channelFolder);
            if (channel.StartsWith('.')) continue;
            if (!state.Channels.TryGetValue(channel, out var window)) return null;
            var versions = MetadataFolder.Versions(channelFolder, "targets.json");
            var kept = versions.TakeLast(keepReleases).ToHashSet();
            if (named.TryGetValue(RepositoryLayout.TargetsMetaName(channel), out var inSnapshot)) kept.Add(inSnapshot);
            windows[channel] = kept.Order().ToList();
            var low = window.Count == 0 ? long.MinValue : window.Min();
            var leaving = versions.Where(v => v >= low && !kept.Contains(v)).ToList();
            if (leaving.Count == 0) continue;
            if (Candidates(output, channel, versions.ToList(), kept, leaving) is not { } found) return null;
            doomed.AddRange(found);
        }

        int removed = 0;
        long bytes = 0;
        var targets = Path.GetFullPath(Path.Combine(output, RepositoryLayout.TargetsFolder));
        foreach (var relative in doomed.Distinct(StringComparer.Ordinal))
        {
            var file = new FileInfo(BundlePath.Resolve(output, relative));
            if (!file.Exists || file.LinkTarget is not null) continue;
            bytes += file.Length;
            file.Delete();
            removed++;
            // Folders the removal left empty go too, as in the whole prune.
            for (var dir = file.DirectoryName!; dir.Length > targets.Length && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir)!) Directory.Delete(dir);
        }
        return new PruneResult(removed, bytes, null, null);
    }

    /// <summary>Content files (relative to the publish folder) of the leaving releases that no kept release and not the current manifest names; null when a release or delta cannot be followed.</summary>
    private static List<string>? Candidates(string output, string channel, List<long> versions, HashSet<long> kept, List<long> leaving)
    {
        var open = new Dictionary<long, ReleasedManifest?>();
        ReleasedManifest? Release(long v) => open.TryGetValue(v, out var r) ? r : open[v] = ReleasedManifest.Open(output, channel, v);
        var currentPath = Path.Combine(output, channel, BundleManifest.FileName);
        using var current = File.Exists(currentPath) ? MappedFile.Open(currentPath) : null;
        var currentLines = current is null ? null : ManifestLines.Of(current);
        var currentEntries = currentLines is null ? null : BundleBase.Of(currentPath, currentLines);
        string? currentSha = null;
        // True when the channel serves this release's manifest now: the mapped manifest hashed once, and only when the lengths agree.
        bool IsCurrent(ReleasedManifest release) =>
            current is not null && current.Length == release.Length
            && (currentSha ??= Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(current.Span))) == release.Sha256;
        try
        {
            var keptReleases = new List<ReleasedManifest>();
            foreach (var v in kept)
            {
                if (Release(v) is not { } r) return null;
                keptReleases.Add(r);
            }
            if (current is not null && currentEntries is null) return null;
            var found = new List<string>();
            foreach (var v in leaving)
            {
                var index = versions.IndexOf(v);
                if (index < 0 || index + 1 >= versions.Count || Release(v) is not { } old || Release(versions[index + 1]) is not { } next) return null;
                if (old.Sha256 == next.Sha256) continue; // the same manifest released again (a re-signed targets version)
                if (Delta(output, channel, next) is not { } delta || delta.Since != old.Header.BundleVersion || delta.BundleVersion != next.Header.BundleVersion) return null;

                var manifestTarget = RepositoryLayout.ManifestTarget(channel);
                if (!keptReleases.Any(k => k.Sha256 == old.Sha256) && !IsCurrent(old)) found.Add(RepositoryLayout.ContentFile(manifestTarget, old.Sha256));
                foreach (var path in delta.ChangedFiles.Concat(delta.RemovedFiles).Append(BundleManifest.DeltaFileName))
                {
                    if (!BundlePath.IsSafeRelative(path)) return null;
                    if (old.File(path) is not { } entry) continue;
                    if (keptReleases.Any(k => k.File(path)?.Sha256 == entry.Sha256) || currentEntries?.File(path)?.Sha256 == entry.Sha256) continue;
                    found.Add(RepositoryLayout.ContentFile($"{channel}/{path}", entry.Sha256));
                }
            }
            return found;
        }
        finally
        {
            foreach (var r in open.Values) r?.Dispose();
        }
    }

    /// <summary>The delta.json the release lists, read from its content-addressed copy.</summary>
    private static BundleDelta? Delta(string output, string channel, ReleasedManifest release)
    {
        if (release.File(BundleManifest.DeltaFileName) is not { } entry) return null;
        var copy = BundlePath.Resolve(output, RepositoryLayout.ContentFile($"{channel}/{BundleManifest.DeltaFileName}", entry.Sha256));
        try
        {
            return File.Exists(copy) ? BundleDelta.Parse(File.ReadAllBytes(copy)) : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException)
        {
            return null;
        }
    }
}
