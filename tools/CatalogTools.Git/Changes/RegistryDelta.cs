using CatalogTools.Core.Model;

namespace CatalogTools.Git.Changes;

/// <summary>Which entries of a registry differ between two versions of its file (positions ignored).</summary>
public static class RegistryDelta
{
    /// <summary>Keys (codes, titles, names) added, removed or edited; e-licences also give their names.</summary>
    public static IReadOnlySet<string> ChangedKeys(object? before, object? after)
    {
        var a = Entries(before);
        var b = Entries(after);
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !Equals(value, other)) result.Add(key);
        }
        foreach (var key in b.Keys) if (!a.ContainsKey(key)) result.Add(key);
        // An e-licence is also matched by its name and aliases, a cancelled proof by its aliases.
        foreach (var e in Licences(before).Concat(Licences(after))) if (result.Contains(e.Code)) result.UnionWith(e.Names());
        foreach (var p in Proofs(before).Concat(Proofs(after))) if (result.Contains(p.Name)) result.UnionWith(p.Names());
        return result;
    }

    public static Dictionary<string, object> Entries(object? content)
    {
        var map = new Dictionary<string, object>(StringComparer.Ordinal);
        switch (content)
        {
            case List<Region> list:
                foreach (var r in list) map.TryAdd(r.Code, r with { Source = default });
                break;
            case List<Agency> list:
                foreach (var r in list) map.TryAdd(r.Code, r with { Source = default });
                break;
            case List<Law> list:
                foreach (var r in list) map.TryAdd(r.Title, r with { Source = default });
                break;
            case List<CancelledProof> list:
                foreach (var r in list) map.TryAdd(r.Name, r with { Source = default });
                break;
            case List<ELicence> list:
                foreach (var r in list) map.TryAdd(r.Code, r with { Source = default });
                break;
        }
        return map;
    }

    private static IEnumerable<ELicence> Licences(object? content) => content as List<ELicence> ?? [];

    private static IEnumerable<CancelledProof> Proofs(object? content) => content as List<CancelledProof> ?? [];
}
