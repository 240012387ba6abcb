using System.Text.Json;

namespace CatalogTools.Git.Tests;

/// <summary>The (rule, file, item) triples of a `check --format json` output.</summary>
public static class CheckJson
{
    public static List<(string Rule, string File, string? Item)> Diagnostics(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("rule").GetString()!, d.GetProperty("file").GetString()!, d.TryGetProperty("item", out var i) ? i.GetString() : null))
            .ToList();
    }

    public static SortedSet<string> Files(string json) => new(Diagnostics(json).Select(d => d.File), StringComparer.Ordinal);
}
