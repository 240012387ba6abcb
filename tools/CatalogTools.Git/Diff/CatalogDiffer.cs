using CatalogTools.Caching;
using CatalogTools.Core.Comparison;
using CatalogTools.Core.Index;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Sources;
using CatalogTools.Git.Changes;
using CatalogTools.Git.Repositories;
using ChangeKind = CatalogTools.Core.Comparison.ChangeKind;

namespace CatalogTools.Git.Diff;

/// <summary>
/// Compares the catalog at a revision with another revision or the work tree. What changed is one
/// tree-to-tree (or tree-to-work-tree) question (<see cref="ICatalogSource.ChangesSince"/>); the old
/// side reads only the changed files, the new side the changed files and what the comparison looks
/// up for them (<see cref="DiffNewSide"/>), so a diff costs what the change costs.
/// </summary>
public static class CatalogDiffer
{
    /// <param name="wholeNewSide">Load the new side whole and compare through the same code: the reference the differential test holds the partial new side to.</param>
    /// <param name="mark">Called after each phase ("git diff", "old side", "new side") for CATALOG_TIMINGS.</param>
    public static GitResult<CatalogDiff> Run(CatalogRepository repository, string rev, string? rev2, SourceSession session, bool wholeNewSide = false, Action<string>? mark = null)
    {
        var from = RevisionBase.Resolve(repository, rev);
        if (!from.Ok) return from.Problem!;
        ICatalogSource current;
        string toName;
        if (rev2 is not null)
        {
            var to = repository.Resolve(rev2);
            if (!to.Ok) return to.Problem!;
            current = session.Through(new RevisionSource(repository, to.Value!));
            toName = $"{rev2} ({to.Value!.Sha[..10]})";
        }
        else
        {
            current = session.WorkTree;
            // A name stored in the diff (and its JSON), bilingual and the same in every language.
            toName = Core.Diagnostics.Messages.Text(Core.Diagnostics.Lang.Zh, "diff.workTreeName");
        }
        var changed = current.ChangesSince(from.Value!)!;
        mark?.Invoke("git diff");
        var loader = new CatalogLoader(repository.Location);
        var fileLoader = new FileLoader(loader.Schemas);
        var before = new Dictionary<string, FileLoadResult>(StringComparer.Ordinal);
        foreach (var path in changed.Paths)
        {
            var bytes = changed.ReadBefore(path);
            if (bytes is not null) before[path] = fileLoader.Load(path, bytes);
        }
        mark?.Invoke("old side");
        var after = wholeNewSide ? current.Load(loader) : DiffNewSide.Load(current, loader, changed, before);
        mark?.Invoke("new side");
        return GitResult<CatalogDiff>.Of(Compare($"{rev} ({from.Value!.Sha[..10]})", toName, changed.Paths, before, after));
    }

    /// <summary>The diff from the old results of changed files to the new catalog.</summary>
    public static CatalogDiff Compare(string fromName, string toName, IReadOnlySet<string> changed, IReadOnlyDictionary<string, FileLoadResult> before, LoadedCatalog after)
    {
        var afterByPath = after.FileResults.ToDictionary(r => r.File.Path, StringComparer.Ordinal);
        var oldItems = new Dictionary<string, (object Item, string File)>(StringComparer.Ordinal);
        var newItems = new Dictionary<string, (object Item, string File)>(StringComparer.Ordinal);
        var registries = new List<RegistryChange>();
        var unreadable = new List<string>();
        foreach (var path in changed.OrderBy(p => p, StringComparer.Ordinal))
        {
            before.TryGetValue(path, out var old);
            afterByPath.TryGetValue(path, out var now);
            if ((old is not null && old.Content is null) || (now is not null && now.Content is null))
            {
                unreadable.Add(path);
                continue;
            }
            var kind = FileKinds.FromPath(path);
            if (kind is FileKind.StandardItem or FileKind.Implementation or FileKind.ServiceBundle)
            {
                if (old?.Content is { } o) oldItems[CodeOf(o)] = (o, path);
                if (now?.Content is { } n) newItems[CodeOf(n)] = (n, path);
            }
            else if (kind is not (FileKind.Policy or FileKind.Site or FileKind.Synonyms or FileKind.Themes or FileKind.Unknown))
            {
                var a = RegistryDelta.Entries(old?.Content);
                var b = RegistryDelta.Entries(now?.Content);
                var change = new RegistryChange(path,
                    b.Keys.Where(k => !a.ContainsKey(k)).Order(StringComparer.Ordinal).ToList(),
                    a.Keys.Where(k => !b.ContainsKey(k)).Order(StringComparer.Ordinal).ToList(),
                    a.Keys.Where(k => b.TryGetValue(k, out var v) && !Equals(v, a[k])).Order(StringComparer.Ordinal).ToList());
                if (change.Added.Count + change.Removed.Count + change.Edited.Count > 0) registries.Add(change);
            }
        }

        var items = new List<ItemChange>();
        foreach (var code in oldItems.Keys.Union(newItems.Keys).Order(StringComparer.Ordinal))
        {
            var hasOld = oldItems.TryGetValue(code, out var o);
            var hasNew = newItems.TryGetValue(code, out var n);
            var change = Describe(code, hasOld ? o.Item : null, hasNew ? n.Item : null, hasNew ? n.File : o.File);
            if (change is null) continue;
            // An implementation without its own name shows its standard's.
            if (change.Name.Length == 0 && (hasNew ? n.Item : o.Item) is Implementation impl && after.Index.Standards.TryGetValue(impl.StandardCode, out var standard))
            {
                change = change with { Name = standard.Name };
            }
            items.Add(change);
        }
        return new CatalogDiff(fromName, toName, items, registries, unreadable, Summarize(items, oldItems, newItems), ImpactOf(items, oldItems, after.Index));
    }

    private static string CodeOf(object item) => item switch
    {
        StandardItem s => s.Code,
        Implementation i => i.Code,
        ServiceBundle b => b.Code,
        _ => "",
    };

    private static ItemChange? Describe(string code, object? old, object? now, string file)
    {
        var isStandard = (old ?? now) is StandardItem;
        var isBundle = (old ?? now) is ServiceBundle;
        var name = NameOf(now ?? old!);
        if (old is null) return new ItemChange(code, isStandard, ItemChangeKind.Added, name, file, []) { IsBundle = isBundle };
        if (now is null) return new ItemChange(code, isStandard, ItemChangeKind.Removed, name, file, []) { IsBundle = isBundle };
        var comparison = ItemComparison.Compare(old, now);
        if (comparison is null)
        {
            // A standard became an implementation (or the reverse) under one code: removed and added.
            return new ItemChange(code, now is StandardItem, ItemChangeKind.Modified, name, file, [new ElementChange("code", ChangeKind.Changed, null, old.GetType().Name, now.GetType().Name)]);
        }
        var (changes, wasActive, isActive) = comparison.Value;
        if (changes.Count == 0) return null;
        var kind = wasActive && !isActive ? ItemChangeKind.Retired : !wasActive && isActive ? ItemChangeKind.Reactivated : ItemChangeKind.Modified;
        return new ItemChange(code, isStandard, kind, name, file, changes) { IsBundle = isBundle };
    }

    private static string NameOf(object item) => item switch
    {
        StandardItem s => s.Name,
        Implementation i => i.Own.Name ?? "",
        ServiceBundle b => b.Name,
        _ => "",
    };

    private static DiffSummary Summarize(List<ItemChange> items, Dictionary<string, (object Item, string File)> oldItems, Dictionary<string, (object Item, string File)> newItems)
    {
        int materialsAdded = 0, materialsRemoved = 0, stepsAdded = 0, stepsRemoved = 0, daysBefore = 0, daysAfter = 0;
        foreach (var item in items)
        {
            var old = oldItems.TryGetValue(item.Code, out var o) ? o.Item : null;
            var now = newItems.TryGetValue(item.Code, out var n) ? n.Item : null;
            switch (item.Kind)
            {
                case ItemChangeKind.Added:
                    materialsAdded += ElementsOf(now).Materials?.Count ?? 0;
                    stepsAdded += ElementsOf(now).Steps?.Count ?? 0;
                    break;
                case ItemChangeKind.Removed:
                    materialsRemoved += ElementsOf(old).Materials?.Count ?? 0;
                    stepsRemoved += ElementsOf(old).Steps?.Count ?? 0;
                    break;
                default:
                    materialsAdded += item.Changes.Count(c => c.Element == "materials" && c.Kind == ChangeKind.Added);
                    materialsRemoved += item.Changes.Count(c => c.Element == "materials" && c.Kind == ChangeKind.Removed);
                    stepsAdded += item.Changes.Count(c => c.Element == "steps" && c.Kind == ChangeKind.Added);
                    stepsRemoved += item.Changes.Count(c => c.Element == "steps" && c.Kind == ChangeKind.Removed);
                    break;
            }
            if (old is Implementation { IsActive: true } oi) daysBefore += oi.PromisedLimit?.Days ?? 0;
            if (now is Implementation { IsActive: true } ni) daysAfter += ni.PromisedLimit?.Days ?? 0;
        }
        return new DiffSummary(materialsAdded, materialsRemoved, stepsAdded, stepsRemoved, daysBefore, daysAfter);
    }

    private static StandardElements ElementsOf(object? item) => item switch
    {
        StandardItem s => s.Elements,
        Implementation i => i.Own,
        ServiceBundle b => new StandardElements { Materials = b.Materials },
        _ => new StandardElements(),
    };

    private static DiffImpact ImpactOf(List<ItemChange> items, Dictionary<string, (object Item, string File)> oldItems, CatalogIndex index)
    {
        var implementations = new SortedSet<string>(StringComparer.Ordinal);
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        var bundlePages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.IsBundle)
            {
                // A bundle's page, and the guides of its members (each guide shows the bundles it belongs to).
                bundlePages.Add(CatalogDiff.BundlePageOf(item.Code));
                var bundle = index.Bundles.GetValueOrDefault(item.Code) ?? (oldItems.TryGetValue(item.Code, out var ob) ? ob.Item as ServiceBundle : null);
                foreach (var member in bundle?.Members ?? [])
                {
                    if (!index.Implementations.TryGetValue(member, out var m)) continue;
                    implementations.Add(m.Code);
                    regions.Add(m.Region);
                }
                continue;
            }
            if (item.IsStandard)
            {
                foreach (var i in index.ImplementationsOf(item.Code))
                {
                    implementations.Add(i.Code);
                    regions.Add(i.Region);
                }
                continue;
            }
            implementations.Add(item.Code);
            if (index.Implementations.TryGetValue(item.Code, out var now)) regions.Add(now.Region);
            else if (oldItems.TryGetValue(item.Code, out var o) && o.Item is Implementation old) regions.Add(old.Region);
        }
        return new DiffImpact(
            implementations.ToList(),
            regions.Select(r => new RegionRef(r, index.Regions.TryGetValue(r, out var region) ? region.Name : "")).ToList(),
            implementations.Select(CatalogDiff.PageOf).Concat(bundlePages).ToList());
    }
}
