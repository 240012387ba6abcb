using CatalogTools.Core.Codes;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Matching;
using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;

namespace CatalogTools.Core.Index;

/// <summary>A code written in more than one place: the first (by path) wins, the rest are reported.</summary>
public sealed record DuplicateEntry(string Kind, string Code, SourceRef First, SourceRef Duplicate);

/// <summary>
/// The whole catalog, built once per run and frozen: registries, standards, implementations and
/// the lookups rules need. Rules read it; nothing re-reads files.
/// </summary>
public sealed class CatalogIndex
{
    private readonly Dictionary<string, List<Implementation>> _byStandard;

    internal CatalogIndex(
        string root,
        IReadOnlyList<CatalogFile> files,
        Dictionary<string, Region> regions,
        Dictionary<string, Agency> agencies,
        Dictionary<string, Law> laws,
        Dictionary<string, CancelledProof> cancelledProofs,
        Dictionary<string, ELicence> eLicences,
        Dictionary<string, StandardItem> standards,
        Dictionary<string, Implementation> implementations,
        IReadOnlyList<DuplicateEntry> duplicates,
        Policy policy,
        CodeScheme scheme)
    {
        Root = root;
        Files = files;
        Regions = regions;
        Agencies = agencies;
        Laws = laws;
        CancelledProofs = cancelledProofs;
        ELicences = eLicences;
        ELicencesByName = eLicences.Values.GroupBy(l => l.Name).ToDictionary(g => g.Key, g => g.First());
        CancelledProofMatcher = new NameMatcher<CancelledProof>(cancelledProofs.Values.OrderBy(p => p.Source.Line), p => p.Names());
        ELicenceMatcher = new NameMatcher<ELicence>(eLicences.Values.OrderBy(l => l.Source.Line), l => l.Names());
        Standards = standards;
        Implementations = implementations;
        Duplicates = duplicates;
        Policy = policy;
        Scheme = scheme;
        StandardList = standards.Values.OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        ImplementationList = implementations.Values.OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        _byStandard = new Dictionary<string, List<Implementation>>(StringComparer.Ordinal);
        foreach (var implementation in ImplementationList)
        {
            if (!_byStandard.TryGetValue(implementation.StandardCode, out var list))
            {
                _byStandard[implementation.StandardCode] = list = new List<Implementation>();
            }
            list.Add(implementation);
        }
        PresentFiles = files.Select(f => f.Kind).ToHashSet();
    }

    /// <summary>The catalog folder (absolute).</summary>
    public string Root { get; }
    public IReadOnlyList<CatalogFile> Files { get; }
    public IReadOnlyDictionary<string, Region> Regions { get; }
    public IReadOnlyDictionary<string, Agency> Agencies { get; }

    /// <summary>Laws by title, as items cite them.</summary>
    public IReadOnlyDictionary<string, Law> Laws { get; }

    /// <summary>Cancelled proofs by name.</summary>
    public IReadOnlyDictionary<string, CancelledProof> CancelledProofs { get; }
    public IReadOnlyDictionary<string, ELicence> ELicences { get; }
    public IReadOnlyDictionary<string, ELicence> ELicencesByName { get; }

    /// <summary>Cancelled proofs by normalized name and alias (see <see cref="NameKey"/>), with near misses.</summary>
    public NameMatcher<CancelledProof> CancelledProofMatcher { get; }

    /// <summary>E-licences by normalized name and alias, with near misses.</summary>
    public NameMatcher<ELicence> ELicenceMatcher { get; }
    public IReadOnlyDictionary<string, StandardItem> Standards { get; }
    public IReadOnlyDictionary<string, Implementation> Implementations { get; }
    public IReadOnlyList<StandardItem> StandardList { get; }
    public IReadOnlyList<Implementation> ImplementationList { get; }
    public IReadOnlyList<DuplicateEntry> Duplicates { get; }
    public Policy Policy { get; }
    public CodeScheme Scheme { get; }
    public IReadOnlySet<FileKind> PresentFiles { get; }

    /// <summary>中介服务事项清单 by code (empty when registries/intermediary-services.yaml is absent).</summary>
    public IReadOnlyDictionary<string, IntermediaryService> IntermediaryServices { get; init; } = new Dictionary<string, IntermediaryService>();

    /// <summary>一件事 by code (service-bundles/).</summary>
    public IReadOnlyDictionary<string, ServiceBundle> Bundles { get; init; } = new Dictionary<string, ServiceBundle>();

    /// <summary>一件事 in code order.</summary>
    public IReadOnlyList<ServiceBundle> BundleList => _bundleList ??= Bundles.Values.OrderBy(b => b.Code, StringComparer.Ordinal).ToList();
    private List<ServiceBundle>? _bundleList;

    /// <summary>The active 一件事 an implementation is a member of, in code order.</summary>
    public IReadOnlyList<ServiceBundle> BundlesOf(string implementationCode)
    {
        if (_bundlesByMember is null)
        {
            var map = new Dictionary<string, List<ServiceBundle>>(StringComparer.Ordinal);
            foreach (var b in BundleList)
            {
                if (!b.IsActive) continue;
                foreach (var m in b.Members.Distinct())
                {
                    if (!map.TryGetValue(m, out var list)) map[m] = list = [];
                    list.Add(b);
                }
            }
            _bundlesByMember = map;
        }
        return _bundlesByMember.TryGetValue(implementationCode, out var found) ? found : [];
    }
    private Dictionary<string, List<ServiceBundle>>? _bundlesByMember;

    public IReadOnlyList<Implementation> ImplementationsOf(string standardCode) =>
        _byStandard.TryGetValue(standardCode, out var list) ? list : [];

    /// <summary>The guide as applicants see it, or null when the standard is unknown.</summary>
    public ResolvedItem? Resolve(Implementation implementation) =>
        Standards.TryGetValue(implementation.StandardCode, out var standard) ? new ResolvedItem(implementation, standard) : null;

    /// <summary>Every implementation whose standard is known, resolved, in code order.</summary>
    public IEnumerable<ResolvedItem> ResolveAll()
    {
        foreach (var implementation in ImplementationList)
        {
            var resolved = Resolve(implementation);
            if (resolved is not null) yield return resolved;
        }
    }

    /// <summary>Regions as a tree: the one hierarchy site, audit, report and query roll up by.</summary>
    public RegionHierarchy RegionHierarchy => LazyInitializer.EnsureInitialized(ref _regionHierarchy, () => new RegionHierarchy(Regions));
    private RegionHierarchy? _regionHierarchy;

    /// <summary>The level of a region: from the registry, else from the code.</summary>
    public string? LevelOf(string regionCode) =>
        Regions.TryGetValue(regionCode, out var region) ? region.Level : RegionCode.LevelOf(regionCode);
}
