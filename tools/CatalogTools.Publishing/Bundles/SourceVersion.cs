using System.Globalization;
using LibGit2Sharp;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// Which source a bundle was built from and when: the catalog's git commit and its commit time.
/// Bundle times come from here, never from the clock, so the same source gives the same bytes.
/// </summary>
public sealed record SourceVersion(string Commit, DateTimeOffset Time, bool InRepository)
{
    /// <summary>The time used outside a git repository (stated in the manifest as commit "unversioned").</summary>
    public static readonly DateTimeOffset FixedEpoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A version number that grows with the commit time: yyyyMMddHHmmss (UTC).</summary>
    public long BundleVersion => long.Parse(Time.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static SourceVersion Of(string catalogRoot)
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
            // Not a readable repository: fall through to the fixed epoch.
        }
        return new SourceVersion("unversioned", FixedEpoch, false);
    }
}
