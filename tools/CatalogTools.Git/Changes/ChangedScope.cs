using CatalogTools.Core.Index;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Matching;
using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;

namespace CatalogTools.Git.Changes;

/// <summary>
/// What a changed-only check looks at. Codes in scope: every item in a changed file; every
/// implementation of a changed (or deleted) standard; every item that refers to a registry entry
/// that was added, removed or edited (and, for a standard so reached, its implementations).
/// Files reported: the changed files plus the files of the items in scope. A changed policy.yaml
/// changes every severity and threshold, so it checks (and reports) everything.
/// </summary>
public sealed record ChangedScope(bool Everything, IReadOnlySet<string> Codes, IReadOnlySet<string> ChangedFiles, IReadOnlySet<string> ReportFiles)
{
    /// <param name="oldRegistry">The entries of a registry file at the base revision (null when it did not exist).</param>
    public static ChangedScope Compute(LoadedCatalog current, IReadOnlySet<string> changed, Func<string, FileLoadResult?> oldRegistry)
    {
        var index = current.Index;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var everything = false;
        var byPath = current.FileResults.ToDictionary(r => r.File.Path, StringComparer.Ordinal);
        foreach (var path in changed)
        {
            var kind = FileKinds.FromPath(path);
            byPath.TryGetValue(path, out var now);
            switch (kind)
            {
                case FileKind.StandardItem:
                    AddStandard(index, codes, Path.GetFileNameWithoutExtension(path));
                    if (now?.File.Code is { } sc) AddStandard(index, codes, sc);
                    break;
                case FileKind.Implementation:
                    codes.Add(Path.GetFileNameWithoutExtension(path));
                    if (now?.File.Code is { } ic) codes.Add(ic);
                    break;
                case FileKind.Policy:
                case FileKind.IntermediaryServices: // few entries, read by standards and by themselves
                    everything = true;
                    break;
                case FileKind.ServiceBundle:
                    codes.Add(Path.GetFileNameWithoutExtension(path));
                    if (now?.File.Code is { } bc) codes.Add(bc);
                    break;
                case FileKind.Unknown:
                case FileKind.Site: // what the channels show around the items; no rule reads it
                case FileKind.Synonyms: // search index input only
                case FileKind.Themes: // the channels' ways in (by theme); no rule reads it
                    break;
                default:
                    var touched = RegistryDelta.ChangedKeys(oldRegistry(path)?.Content, now?.Content);
                    AddReferrers(index, codes, kind, touched);
                    break;
            }
        }
        var report = new HashSet<string>(changed, StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (index.Standards.TryGetValue(code, out var s)) report.Add(s.Source.File);
            else if (index.Implementations.TryGetValue(code, out var i)) report.Add(i.Source.File);
        }
        return new ChangedScope(everything, codes, changed, report);
    }

    /// <summary>The loaded catalog with file diagnostics kept only for changed files.</summary>
    public LoadedCatalog Narrow(LoadedCatalog loaded) => Everything ? loaded : loaded with
    {
        Diagnostics = loaded.Diagnostics.Where(d => ChangedFiles.Contains(d.File)).ToList(),
    };

    private static void AddStandard(CatalogIndex index, HashSet<string> codes, string code)
    {
        codes.Add(code);
        foreach (var implementation in index.ImplementationsOf(code)) codes.Add(implementation.Code);
    }

    private static void AddReferrers(CatalogIndex index, HashSet<string> codes, FileKind kind, IReadOnlySet<string> keys)
    {
        if (keys.Count == 0) return;
        switch (kind)
        {
            case FileKind.Regions:
                foreach (var i in index.ImplementationList) if (keys.Contains(i.Region)) codes.Add(i.Code);
                foreach (var a in index.Agencies.Values) if (keys.Contains(a.Region)) AddAgency(index, codes, a.Code);
                break;
            case FileKind.Agencies:
                foreach (var i in index.ImplementationList) if (keys.Contains(i.Agency)) codes.Add(i.Code);
                break;
            default:
                // Materials are matched as the rules match them (normalized names, aliases, near names).
                var names = new NameMatcher<string>(keys, k => [k]);
                foreach (var s in index.StandardList) if (Refers(s.Elements, kind, keys, names)) AddStandard(index, codes, s.Code);
                foreach (var i in index.ImplementationList) if (Refers(i.Own, kind, keys, names)) codes.Add(i.Code);
                break;
        }
    }

    private static void AddAgency(CatalogIndex index, HashSet<string> codes, string agency)
    {
        foreach (var i in index.ImplementationList) if (i.Agency == agency) codes.Add(i.Code);
    }

    private static bool Refers(StandardElements e, FileKind kind, IReadOnlySet<string> keys, NameMatcher<string> names) => kind switch
    {
        FileKind.Laws => (e.Basis?.Any(b => keys.Contains(b.Law)) ?? false) || (e.Fees?.Any(f => f.Basis is not null && keys.Contains(f.Basis.Law)) ?? false),
        FileKind.CancelledProofs => e.Materials?.Any(m => names.Find(m.Name).Certainty != MatchCertainty.None) ?? false,
        FileKind.ELicences => e.Materials?.Any(m => (m.Licence is not null && keys.Contains(m.Licence)) || names.Find(m.Name).Certainty != MatchCertainty.None) ?? false,
        _ => false,
    };
}
