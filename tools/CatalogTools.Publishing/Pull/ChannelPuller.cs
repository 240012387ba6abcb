using System.Globalization;
using System.Security.Cryptography;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Writing;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Rules.Channels;

namespace CatalogTools.Publishing.Pull;

/// <summary>
/// The channel client, as a library a channel's own .NET service can call: resolve the release the
/// trust scheme vouches for, check every path in its manifest, fetch only the files the channel does
/// not already hold (reusing local files by SHA-256), check each file's size and hash as it arrives,
/// build the new version beside the old one and swap it in whole (<see cref="ChannelFolder"/>).
/// Any refusal leaves the served version untouched and says why with a named diagnostic.
/// </summary>
public sealed class ChannelPuller(IBundleSource source, IPullTrust trust, TimeProvider clock)
{
    public async Task<PullResult> PullAsync(string channelFolder, PullOptions options, PullTransfer? transfer = null, CancellationToken cancellation = default)
    {
        transfer ??= new PullTransfer();
        var folder = new ChannelFolder(channelFolder);
        using var held = folder.Lock();
        if (held is null) return new PullResult(PullStatus.Busy, null, null, [], transfer);
        folder.Prepare();
        var current = folder.CurrentManifest();
        var context = new PullContext(source, folder, options, transfer, clock) { Current = current?.Manifest };
        PullResult Refused() => new(PullStatus.Refused, current?.Manifest.BundleVersion, null, context.Diagnostics.ToSortedList(), transfer) { Served = folder.CurrentVersion() };

        var release = await trust.ResolveAsync(context, cancellation);
        if (release is null || context.Refused) return Refused();
        options.Phase?.Invoke("trust");
        var manifest = release.Manifest;
        if (current is { } held2 && held2.Bytes.AsSpan().SequenceEqual(release.ManifestBytes))
        {
            trust.Commit(context);
            return new PullResult(PullStatus.UpToDate, manifest.BundleVersion, manifest.BundleVersion, [], transfer) { Served = folder.CurrentVersion(), Files = manifest.Files.Count };
        }
        if (!CheckEntries(context, manifest)) return Refused();

        var staging = folder.NewStaging();
        try
        {
            if (!await BuildAsync(context, release, current?.Manifest, staging, cancellation)) return Refused();
            options.Phase?.Invoke("fetch");
            foreach (var (name, bytes) in release.MetadataFiles) await WriteAsync(Path.Combine(staging, name), bytes, cancellation);
            await WriteAsync(Path.Combine(staging, BundleManifest.FileName), release.ManifestBytes, cancellation);
            trust.Commit(context);
            var served = folder.Publish(staging, ChannelFolder.VersionName(manifest, release.ManifestBytes));
            // channel-status.json beside `current`: what this channel now serves, for `audit --fleet`.
            Fleet.ChannelStatus.Of(manifest, release.ManifestBytes, source.Origin, clock.GetUtcNow()).Write(Path.Combine(folder.Root, Fleet.ChannelStatus.FileName));
            FaultInjection.Step();
            folder.Prune(options.KeepPrevious);
            options.Phase?.Invoke("switch");
            return new PullResult(PullStatus.Updated, current?.Manifest.BundleVersion, manifest.BundleVersion, context.Diagnostics.ToSortedList(), transfer) { Served = served, Files = manifest.Files.Count };
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Every path plain, relative, inside the bundle and listed once; the total within the limit (arbitrary files, endless data).</summary>
    private static bool CheckEntries(PullContext context, BundleManifest manifest)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long total = 0;
        foreach (var file in manifest.Files)
        {
            var why = file.Path is BundleManifest.FileName or BundleManifest.SignatureFileName ? "puller.manifestOwnName"
                : !BundlePath.IsSafeRelative(file.Path) ? "puller.unsafeEntry"
                : !seen.Add(file.Path) ? "puller.listedTwice"
                : file.Size < 0 || file.Sha256.Length != 64 ? "puller.invalidSizeOrSha"
                : null;
            if (why is not null)
            {
                context.Report(ChannelPullRules.ArbitraryFile, BundleManifest.FileName, null, ("path", BundleManifest.FileName), ("entry", Display.Escape(file.Path)),
                    ("detail", new MessageText(why)));
                continue;
            }
            total += file.Size;
        }
        if (total > context.Options.MaxTotalBytes)
        {
            context.Report(ChannelPullRules.EndlessData, BundleManifest.FileName, null, ("path", BundleManifest.FileName), ("limit", context.Options.MaxTotalBytes.ToString(CultureInfo.InvariantCulture)));
        }
        return !context.Refused;
    }

    /// <summary>Fills the staging folder: local files reused by SHA-256 (hard links), the rest fetched and checked. False after a refusal.</summary>
    private static async Task<bool> BuildAsync(PullContext context, TrustedRelease release, BundleManifest? current, string staging, CancellationToken cancellation)
    {
        var manifest = release.Manifest;
        var local = LocalFiles(context.Folder, current);
        var toFetch = new Dictionary<string, List<ManifestFile>>(StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            var target = Path.Combine(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (local.TryGetValue(file.Sha256, out var have) && new FileInfo(have) is { Exists: true, LinkTarget: null } info && info.Length == file.Size)
            {
                Durable.HardLinkOrCopy(have, target);
                context.Transfer.Reused();
                continue;
            }
            if (!toFetch.TryGetValue(file.Sha256, out var same)) toFetch[file.Sha256] = same = [];
            same.Add(file);
        }
        var previous = current?.Files.ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal);
        await Parallel.ForEachAsync(toFetch.Values, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.Parallel), CancellationToken = cancellation },
            async (files, token) =>
            {
                var first = files[0];
                var partial = context.Folder.PartialOf(first.Sha256);
                if (!await FetchCheckedAsync(context, release, previous, first, partial, token)) return;
                File.Move(partial, Path.Combine(staging, first.Path));
                FaultInjection.Step();
                foreach (var other in files.Skip(1)) Durable.HardLinkOrCopy(Path.Combine(staging, first.Path), Path.Combine(staging, other.Path));
                context.Transfer.Fetched();
            });
        return !context.Refused;
    }

    /// <summary>One file fetched (resumed when a prefix is kept) and checked against its manifest entry; false after reporting why it is refused.</summary>
    private static async Task<bool> FetchCheckedAsync(PullContext context, TrustedRelease release, Dictionary<string, string>? previous, ManifestFile file, string partial, CancellationToken cancellation)
    {
        var manifest = release.Manifest;
        var outcome = await context.Source.FetchAsync(release.RemotePath(file), partial, file.Size, context.Transfer, cancellation);
        var item = ItemOf(file.Path);
        switch (outcome.Status)
        {
            case FetchStatus.TooLarge:
                File.Delete(partial);
                context.Report(ChannelPullRules.EndlessData, file.Path, item, ("path", file.Path), ("limit", file.Size.ToString(CultureInfo.InvariantCulture)));
                return false;
            case FetchStatus.Unsafe:
                context.Report(ChannelPullRules.ArbitraryFile, file.Path, item, ("path", context.Source.Origin), ("entry", Display.Escape(file.Path)), ("detail", outcome.Why));
                return false;
            case FetchStatus.NotFound or FetchStatus.Failed:
                context.Report(ChannelPullRules.Unreachable, file.Path, item, ("path", file.Path), ("source", context.Source.Origin), ("detail", outcome.Why));
                return false;
        }
        string hash;
        await using (var stream = new FileStream(partial, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
        {
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellation));
        }
        if (outcome.Length == file.Size && hash == file.Sha256) return true;
        File.Delete(partial);
        var version = manifest.BundleVersion.ToString(CultureInfo.InvariantCulture);
        if (previous is not null && previous.TryGetValue(file.Path, out var older) && older == hash)
        {
            // Exactly the file this path had in the version served now: an old file offered under a new manifest.
            context.Report(ChannelPullRules.MixAndMatch, file.Path, item, ("path", file.Path), ("version", version),
                ("detail", new MessageText("puller.previousVersionFile")));
            return false;
        }
        var tampered = outcome.Length != file.Size
            ? new MessageText("puller.sizeDiffers", ("length", outcome.Length), ("size", file.Size))
            : new MessageText("puller.shaDiffers", ("hash", hash[..16]), ("listed", file.Sha256[..16]));
        context.Report(ChannelPullRules.FileTampered, file.Path, item, ("path", file.Path), ("detail", tampered));
        return false;
    }

    /// <summary>The files of the version served now by SHA-256 (as its manifest lists them: they were checked when it was swapped in).</summary>
    private static Dictionary<string, string> LocalFiles(ChannelFolder folder, BundleManifest? current)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (current is null || folder.CurrentVersion() is not { } served) return files;
        foreach (var f in current.Files)
        {
            if (BundlePath.IsSafeRelative(f.Path)) files.TryAdd(f.Sha256, Path.Combine(served, f.Path));
        }
        return files;
    }

    /// <summary>The item code a guide or item file is named by (guides/CODE.html, items/CODE.json), for the diagnostic's item.</summary>
    private static string? ItemOf(string path)
    {
        var slash = path.IndexOf('/');
        if (slash < 0 || path[..slash] is not ("guides" or "items" or "notices")) return null;
        var name = Path.GetFileNameWithoutExtension(path[(slash + 1)..]);
        return BundlePath.IsPlainName(name) ? name : null;
    }

    private static async Task WriteAsync(string path, byte[] bytes, CancellationToken cancellation)
    {
        await File.WriteAllBytesAsync(path, bytes, cancellation);
        FaultInjection.Step();
    }

}
