using CatalogTools.Core.Index;
using CatalogTools.Core.Loading;

namespace CatalogTools.Publishing.Incremental;

/// <summary>
/// The files an incremental load must add for the 一件事: a bundle with a loaded member is checked whole (CAT0075
/// looks up every member), so the files of its other members — unchanged, hence not loaded — are read too.
/// Without them an edit to one member's standard would report the others as unknown.
/// </summary>
internal static class BundleMemberFiles
{
    public static List<string> Missing(CatalogIndex partial, PublishState state, IReadOnlyList<SourceDigest> present)
    {
        var fileOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in state.Implementations) fileOf.TryAdd(record.Code, record.File);
        var exists = present.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var bundle in partial.BundleList)
        {
            if (!bundle.Members.Any(partial.Implementations.ContainsKey)) continue;
            foreach (var member in bundle.Members)
            {
                if (!partial.Implementations.ContainsKey(member) && fileOf.TryGetValue(member, out var file) && exists.Contains(file)) files.Add(file);
            }
        }
        return [.. files];
    }
}
