using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Reports.Computing;
using CatalogTools.Reports.Model;

namespace CatalogTools.Query;

/// <summary>
/// What the tables are made from: the loaded catalog and, computed only when a table needs them,
/// the check's diagnostics and the compliance report. Region names, levels and departments are
/// looked up once per code.
/// </summary>
public sealed class QuerySource
{
    private readonly Lazy<IReadOnlyList<Diagnostic>> _diagnostics;
    private readonly Lazy<ComplianceReport?> _report;
    private readonly Dictionary<string, string> _departments = new(StringComparer.Ordinal);

    public QuerySource(LoadedCatalog loaded, CatalogLoader loader, IReadOnlyList<ICatalogRule> rules, TimeProvider clock, Lang lang)
    {
        Loaded = loaded;
        Index = loaded.Index;
        Tree = Index.RegionHierarchy;
        Lang = lang;
        _diagnostics = new Lazy<IReadOnlyList<Diagnostic>>(() => new CatalogChecker(rules, clock).Check(loaded).Diagnostics);
        _report = new Lazy<ComplianceReport?>(() => ReportBuilder.Build(loaded, loader, new ReportRequest(null, null, clock.GetLocalNow(), Trend: false)).Report);
    }

    public LoadedCatalog Loaded { get; }
    public CatalogIndex Index { get; }
    public RegionHierarchy Tree { get; }
    public Lang Lang { get; }
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Value;
    public ComplianceReport? Report => _report.Value;

    public string AgencyName(string code) => Index.Agencies.TryGetValue(code, out var agency) ? agency.Name : "";

    /// <summary>The department an agency belongs to, as the compliance report groups it (公安, 市场监督管理 …).</summary>
    public string DepartmentOf(string agencyCode)
    {
        if (_departments.TryGetValue(agencyCode, out var department)) return department;
        department = Index.Agencies.TryGetValue(agencyCode, out var agency)
            ? DepartmentNames.Of(agency.Name, Tree.Chain(agency.Region).Select(Tree.NameOf))
            : agencyCode;
        _departments[agencyCode] = department;
        return department;
    }

    /// <summary>The ancestor of <paramref name="region"/> (or itself) at <paramref name="level"/>, or null.</summary>
    public string? AncestorAt(string region, string level)
    {
        foreach (var code in Tree.Chain(region))
        {
            if (Tree.LevelOf(code) == level) return code;
        }
        return null;
    }
}
