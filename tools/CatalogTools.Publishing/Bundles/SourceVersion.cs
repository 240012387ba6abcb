using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LibGit2Sharp;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// Which source a bundle was built from and when: the catalog's git commit and its commit time.
/// For a clean commit bundle times come from here, never from the clock, so the same commit gives
/// the same bytes. A work tree with uncommitted changes under the catalog (or the templates) is not
/// that commit: it is marked <see cref="Dirty"/>, named <c>HEAD-dirty</c>, identified by
/// <see cref="TreeDigest"/> and dated when it is published (never earlier than one second after
/// HEAD), so it gets a new version. Outside git there is no commit: the time is the clock's (commit
/// "unversioned"), never a fixed date, or every such bundle would be expired at birth.
/// </summary>
public sealed record SourceVersion(string Commit, DateTimeOffset Time, bool InRepository)
{
    /// <summary>The time to render when a served manifest states none the audit can read; never the time of a new bundle.</summary>
    public static readonly DateTimeOffset FixedEpoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>What <see cref="Commit"/> ends with when the work tree differs from it.</summary>
    public const string DirtySuffix = "-dirty";

    /// <summary>True when files under the watched folders differ from HEAD (modified, staged, deleted or untracked and not ignored).</summary>
    public bool Dirty { get; init; }

    /// <summary>For a dirty tree: SHA-256 over HEAD and every differing path with the SHA-256 of its content (see docs/publishing.md).</summary>
    public string? TreeDigest { get; init; }

    /// <summary>A version number that grows with the commit time: yyyyMMddHHmmss (UTC).</summary>
    public long BundleVersion => long.Parse(Time.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The commit as pages show it: 12 characters, and a note when the tree was dirty.</summary>
    public string ShortCommit
    {
        get
        {
            var commit = Dirty && Commit.EndsWith(DirtySuffix, StringComparison.Ordinal) ? Commit[..^DirtySuffix.Length] : Commit;
            var shortened = commit.Length > 12 ? commit[..12] : commit;
            return Dirty ? shortened + "（含未提交的修改）" : shortened;
        }
    }

    /// <summary>The version of the catalog at <paramref name="catalogRoot"/>; <paramref name="alsoWatched"/> (the templates) count for dirtiness when they are in the same repository.</summary>
    public static SourceVersion Of(string catalogRoot, TimeProvider? clock = null, params string?[] alsoWatched)
    {
        try
        {
            var gitDir = Repository.Discover(catalogRoot);
            if (gitDir is not null)
            {
                using var repo = new Repository(gitDir);
                var tip = repo.Head?.Tip;
                if (tip is not null)
                {
                    var clean = new SourceVersion(tip.Sha, tip.Committer.When.ToUniversalTime(), true);
                    var digest = repo.Info.IsBare ? null : DirtyDigest(repo, tip.Sha, [catalogRoot, .. alsoWatched.OfType<string>()]);
                    if (digest is null) return clean;
                    var published = Truncate((clock ?? TimeProvider.System).GetUtcNow());
                    var time = published > clean.Time ? published : Truncate(clean.Time).AddSeconds(1);
                    return new SourceVersion(tip.Sha + DirtySuffix, time, true) { Dirty = true, TreeDigest = digest };
                }
            }
        }
        catch (LibGit2SharpException)
        {
            // Not a readable repository: versioned by the clock.
        }
        return new SourceVersion("unversioned", Truncate((clock ?? TimeProvider.System).GetUtcNow()), false);
    }

    /// <summary>
    /// This version, moved past the bundle a --since update starts from when it would not be newer:
    /// a version never repeats for other content and never goes back. The same clean commit published
    /// again keeps its version (so the bytes are the same).
    /// </summary>
    public SourceVersion After(long previousVersion, string previousCommit)
    {
        if (BundleVersion > previousVersion) return this;
        if (BundleVersion == previousVersion && !Dirty && previousCommit == Commit) return this;
        if (!TryParseVersion(previousVersion, out var previous)) return this;
        return this with { Time = previous.AddSeconds(1) };
    }

    /// <summary><see cref="After"/> every channel manifest that --since names (a folder or one manifest.json); unreadable ones are left to the publish to report.</summary>
    public SourceVersion AfterSince(string? since, IEnumerable<string> channels)
    {
        if (since is null) return this;
        var result = this;
        foreach (var channel in channels)
        {
            var path = Publisher.SincePath(since, channel);
            if (!File.Exists(path)) continue;
            var head = new byte[64 * 1024];
            int read;
            using (var stream = File.OpenRead(path)) read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            BundleManifest? header;
            try
            {
                header = ManifestCodec.ReadHeader(head.AsSpan(0, read));
            }
            catch (System.Text.Json.JsonException)
            {
                continue;
            }
            if (header is not null) result = result.After(header.BundleVersion, header.SourceCommit);
        }
        return result;
    }

    /// <summary>The source version a bundle's manifest states (to render what that bundle should show).</summary>
    public static SourceVersion FromManifest(BundleManifest manifest)
    {
        var time = DateTimeOffset.TryParse(manifest.SourceTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUniversalTime() : FixedEpoch;
        return new SourceVersion(manifest.SourceCommit, time, manifest.SourceCommit != "unversioned") { Dirty = manifest.SourceDirty, TreeDigest = manifest.SourceTreeDigest };
    }

    private static bool TryParseVersion(long version, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(version.ToString(CultureInfo.InvariantCulture), "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    private static DateTimeOffset Truncate(DateTimeOffset t) => new(t.UtcDateTime.Ticks - t.UtcDateTime.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    /// <summary>Null when the watched folders are as HEAD has them; else the digest of how they differ.</summary>
    private static string? DirtyDigest(Repository repo, string head, IEnumerable<string> watched)
    {
        var workdir = Path.GetFullPath(repo.Info.WorkingDirectory);
        var specs = new List<string>();
        foreach (var folder in watched)
        {
            var relative = Path.GetRelativePath(workdir, Path.GetFullPath(folder));
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) continue;
            if (relative == ".") return Digest(repo, head, workdir, []);
            specs.Add(relative.Replace('\\', '/'));
        }
        return specs.Count == 0 ? null : Digest(repo, head, workdir, specs);
    }

    private static string? Digest(Repository repo, string head, string workdir, List<string> specs)
    {
        var options = new StatusOptions
        {
            IncludeUntracked = true,
            RecurseUntrackedDirs = true,
            IncludeIgnored = false,
            ExcludeSubmodules = true,
            DetectRenamesInIndex = false,
            DetectRenamesInWorkDir = false,
        };
        if (specs.Count > 0) options.PathSpec = [.. specs];
        var changed = repo.RetrieveStatus(options)
            .Where(e => e.State is not FileStatus.Unaltered and not FileStatus.Ignored)
            .Select(e => e.FilePath)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (changed.Count == 0) return null;
        var text = new StringBuilder("head ").Append(head).Append('\n');
        foreach (var path in changed)
        {
            var full = Path.Combine(workdir, path);
            text.Append(path).Append('\t').Append(File.Exists(full) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(full))) : "deleted").Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
