using System.Text.Json;

namespace CatalogTools.Git.Tests;

/// <summary>
/// The (rule, file, item) triples of a `check --format json` output, files catalog-relative: the
/// output names them from the repository root (the test repository holds catalog/ at its root),
/// which is checked here before the prefix is taken off.
/// </summary>
public static class CheckJson
{
    public static List<(string Rule, string File, string? Item)> Diagnostics(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("rule").GetString()!, CatalogRelative(d.GetProperty("file").GetString()!), d.TryGetProperty("item", out var i) ? i.GetString() : null))
            .ToList();
    }

    private static string CatalogRelative(string repoPath)
    {
        if (repoPath == "catalog.lock") return "../catalog.lock";
        Xunit.Assert.StartsWith("catalog/", repoPath);
        return repoPath["catalog/".Length..];
    }

    public static SortedSet<string> Files(string json) => new(Diagnostics(json).Select(d => d.File), StringComparer.Ordinal);
}
