using System.Globalization;
using CatalogTools.Core.Sources;

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

    /// <summary>The commit as pages show it: 12 characters (the pages add a note when <see cref="Dirty"/>).</summary>
    public string ShortCommit
    {
        get
        {
            var commit = Dirty && Commit.EndsWith(DirtySuffix, StringComparison.Ordinal) ? Commit[..^DirtySuffix.Length] : Commit;
            return commit.Length > 12 ? commit[..12] : commit;
        }
    }

    /// <summary>
    /// The version of a catalog whose git state is <paramref name="commit"/> (read by the Git
    /// project's <c>SourceCommits</c>; null outside git): a clean commit keeps its commit time, a dirty
    /// tree is dated now (never earlier than one second after HEAD), no commit is dated by the clock.
    /// </summary>
    public static SourceVersion Of(SourceCommit? commit, TimeProvider? clock = null)
    {
        var now = Truncate((clock ?? TimeProvider.System).GetUtcNow());
        if (commit is null) return new SourceVersion("unversioned", now, false);
        var clean = new SourceVersion(commit.Sha, commit.Time.ToUniversalTime(), true);
        if (!commit.Dirty) return clean;
        var time = now > clean.Time ? now : Truncate(clean.Time).AddSeconds(1);
        return new SourceVersion(commit.Sha + DirtySuffix, time, true) { Dirty = true, TreeDigest = commit.TreeDigest };
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
}
