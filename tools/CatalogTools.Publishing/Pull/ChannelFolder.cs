using System.Security.Cryptography;
using CatalogTools.Core.Writing;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Pull;

/// <summary>
/// The folder a channel serves from, laid out so it always serves one whole version:
/// <c>current</c> is a symbolic link to <c>versions/VERSION-DIGEST/</c>; a pull builds the next
/// version in <c>.pull/staging-…</c>, renames it into <c>versions/</c> and replaces the link with one
/// rename(2), so a reader (and a kill -9 at any moment) sees the old version or the new one, never a
/// mix. <c>.pull/</c> holds the lock, the trusted metadata, interrupted downloads (kept by SHA-256, so
/// the next pull resumes them) and the staging folders of killed pulls (removed by the next one).
/// </summary>
public sealed class ChannelFolder
{
    public const string CurrentName = "current";
    public const string VersionsName = "versions";
    public const string WorkName = ".pull";

    public ChannelFolder(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Current => Path.Combine(Root, CurrentName);

    public string Versions => Path.Combine(Root, VersionsName);

    public string Work => Path.Combine(Root, WorkName);

    /// <summary>The trusted metadata a trust scheme keeps between pulls.</summary>
    public string Trust => Path.Combine(Work, "trust");

    public string Partial => Path.Combine(Work, "partial");

    /// <summary>Takes the folder's lock (one pull at a time); null when another pull holds it.</summary>
    public WriteLock? Lock()
    {
        Directory.CreateDirectory(Work);
        return WriteLock.TryAcquire(Path.Combine(Work, "lock"), TimeSpan.FromSeconds(2));
    }

    /// <summary>Creates the work folders and removes what a killed pull left half-built (its downloads stay, to be resumed).</summary>
    public void Prepare()
    {
        Directory.CreateDirectory(Versions);
        Directory.CreateDirectory(Trust);
        Directory.CreateDirectory(Partial);
        Directory.CreateDirectory(Path.Combine(Work, "meta"));
        foreach (var stale in Directory.EnumerateDirectories(Work, "staging-*")) Directory.Delete(stale, recursive: true);
        var link = Path.Combine(Work, "current.new");
        if (File.Exists(link) || new FileInfo(link).LinkTarget is not null) File.Delete(link);
    }

    /// <summary>The folder of the version <c>current</c> points to, or null before the first pull.</summary>
    public string? CurrentVersion()
    {
        var link = new FileInfo(Current);
        if (link.LinkTarget is null) return null;
        var target = Path.GetFullPath(link.LinkTarget, Root);
        return Directory.Exists(target) ? target : null;
    }

    /// <summary>The manifest of the version served now, as it was verified when it was swapped in.</summary>
    public (BundleManifest Manifest, byte[] Bytes)? CurrentManifest()
    {
        if (CurrentVersion() is not { } folder) return null;
        var file = Path.Combine(folder, BundleManifest.FileName);
        if (!File.Exists(file)) return null;
        var bytes = File.ReadAllBytes(file);
        var manifest = BundleManifest.Parse(bytes, out _);
        return manifest is null ? null : (manifest, bytes);
    }

    /// <summary>Where a metadata file is downloaded before it is checked.</summary>
    public string MetadataDownload(string path) => Path.Combine(Work, "meta", path.Replace('/', '_'));

    /// <summary>Where the download of a file with this SHA-256 is kept until it is complete and checked.</summary>
    public string PartialOf(string sha256) => Path.Combine(Partial, sha256);

    /// <summary>A new, empty staging folder for a version.</summary>
    public string NewStaging()
    {
        var staging = Path.Combine(Work, "staging-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>The name of a version's folder: its number and the start of its manifest's SHA-256 (two manifests of one version never share a folder).</summary>
    public static string VersionName(BundleManifest manifest, byte[] manifestBytes) =>
        $"{manifest.BundleVersion}-{Convert.ToHexStringLower(SHA256.HashData(manifestBytes))[..12]}";

    /// <summary>
    /// Makes a complete staging folder the served version: flushed to disk, renamed into versions/,
    /// then <c>current</c> replaced by a new link in one rename. Each step is a point a kill -9 may hit;
    /// before the last rename the old version is served, after it the new one.
    /// </summary>
    public string Publish(string staging, string versionName)
    {
        Durable.FlushFileSystem(staging);
        var target = Path.Combine(Versions, versionName);
        if (Directory.Exists(target))
        {
            if (CurrentVersion() == target) throw new InvalidOperationException("the version served now cannot be replaced in place");
            Directory.Delete(target, recursive: true);
        }
        Directory.Move(staging, target);
        FaultInjection.Step();
        Durable.Flush(Versions);
        var link = Path.Combine(Work, "current.new");
        File.CreateSymbolicLink(link, Path.Combine(VersionsName, versionName));
        FaultInjection.Step();
        File.Move(link, Current, overwrite: true);
        FaultInjection.Step();
        Durable.Flush(Root);
        return target;
    }

    /// <summary>Removes versions other than the current one and the <paramref name="keep"/> newest before it, and downloads no longer needed.</summary>
    public void Prune(int keep)
    {
        var current = CurrentVersion();
        var older = Directory.EnumerateDirectories(Versions).Where(d => d != current).OrderByDescending(d => new DirectoryInfo(d).LastWriteTimeUtc).ToList();
        foreach (var old in older.Skip(keep)) Directory.Delete(old, recursive: true);
        foreach (var file in Directory.EnumerateFiles(Partial)) File.Delete(file);
    }
}
