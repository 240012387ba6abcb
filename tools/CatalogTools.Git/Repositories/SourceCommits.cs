using System.Security.Cryptography;
using System.Text;
using CatalogTools.Core.Sources;
using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>
/// The commit a catalog's outputs are stamped with, read here so that publishing, export and
/// audit receive a <see cref="SourceCommit"/> and never open a repository themselves.
/// </summary>
public static class SourceCommits
{
    /// <summary>
    /// HEAD of the repository around <paramref name="catalogRoot"/>, marked dirty (with the digest of
    /// what differs) when the catalog or <paramref name="alsoWatched"/> (the templates, when they are in
    /// the same repository) differ from it. Null outside git, in a repository without commits, or one git cannot read.
    /// </summary>
    public static SourceCommit? Of(string catalogRoot, params string?[] alsoWatched)
    {
        try
        {
            var gitDir = Repository.Discover(catalogRoot);
            if (gitDir is null) return null;
            using var repo = new Repository(gitDir);
            var tip = repo.Head?.Tip;
            if (tip is null) return null;
            var digest = repo.Info.IsBare ? null : DirtyDigest(repo, tip.Sha, [catalogRoot, .. alsoWatched.OfType<string>()]);
            return new SourceCommit(tip.Sha, tip.Committer.When.ToUniversalTime(), digest is not null, digest);
        }
        catch (LibGit2SharpException)
        {
            return null; // not a readable repository: the caller versions by the clock
        }
    }

    /// <summary>HEAD's commit id only (no walk over the work tree's status), or null outside git or before the first commit.</summary>
    public static string? Head(string catalogRoot)
    {
        try
        {
            var gitDir = Repository.Discover(catalogRoot);
            if (gitDir is null) return null;
            using var repo = new Repository(gitDir);
            return repo.Head?.Tip?.Sha;
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

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
        var changed = WorkTreeStatus.Changed(repo, specs).Order(StringComparer.Ordinal).ToList();
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
