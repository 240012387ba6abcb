using System.Globalization;
using LibGit2Sharp;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// Which source a bundle was built from and when: the catalog's git commit and its commit time, so
/// the same commit gives the same bytes. Outside git there is no commit: the time is the clock's
/// (commit "unversioned"), never a fixed date, or every such bundle would be expired at birth.
/// </summary>
public sealed record SourceVersion(string Commit, DateTimeOffset Time, bool InRepository)
{

    /// <summary>A version number that grows with the commit time: yyyyMMddHHmmss (UTC).</summary>
    public long BundleVersion => long.Parse(Time.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static SourceVersion Of(string catalogRoot, TimeProvider? clock = null)
    {
        try
        {
            var gitDir = Repository.Discover(catalogRoot);
            if (gitDir is not null)
            {
                using var repo = new Repository(gitDir);
                var tip = repo.Head?.Tip;
                if (tip is not null) return new SourceVersion(tip.Sha, tip.Committer.When.ToUniversalTime(), true);
            }
        }
        catch (LibGit2SharpException)
        {
            // Not a readable repository: versioned by the clock.
        }
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        return new SourceVersion("unversioned", new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero), false);
    }
}
