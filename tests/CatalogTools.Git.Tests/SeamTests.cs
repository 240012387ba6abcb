using System.Text.RegularExpressions;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests;

/// <summary>
/// The seams of issue 14, checked on the source itself: verbs load through a session and never
/// name the cache's parts, and only the git reader's project references LibGit2Sharp.
/// </summary>
public sealed class SeamTests
{
    private static string Tools => Path.Combine(RepoPaths.Root, "tools");

    [Fact]
    public void No_CLI_file_names_the_cache_parts_or_LibGit2Sharp()
    {
        var named = new Regex(@"\b(FileCache|StatIndex|ModelCodec|LibGit2Sharp)\b");
        var offenders = Directory.EnumerateFiles(Path.Combine(Tools, "CatalogTools.Cli"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => named.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Tools, f))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Only_the_git_project_references_LibGit2Sharp_and_caching_depends_on_core_only()
    {
        var referencing = Directory.EnumerateFiles(Tools, "*.csproj", SearchOption.AllDirectories)
            .Where(p => File.ReadAllText(p).Contains("\"LibGit2Sharp\"", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();
        Assert.Equal(["CatalogTools.Git.csproj"], referencing);

        var caching = File.ReadAllText(Path.Combine(Tools, "CatalogTools.Caching", "CatalogTools.Caching.csproj"));
        Assert.Equal(["CatalogTools.Core"], Regex.Matches(caching, @"Include=""[^""]*\\(CatalogTools\.\w+)\.csproj""").Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("PackageReference", caching);
    }

    [Fact]
    public void Only_the_revision_base_asks_git_what_changed()
    {
        // Changed-only checks, diff and publish ask their source (ChangesSince); outside the git reader none walks git's changes itself.
        var asking = new Regex(@"\bChangedFiles\.(Since|Between)\b|\b(WorkTreeStatus|CommittedChanges)\.|Diff\.Compare<TreeChanges>");
        var offenders = Directory.EnumerateFiles(Tools, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => asking.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Tools, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("CatalogTools.Git/Repositories/", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offenders);
    }
}
