using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Reports.Model;

/// <summary>
/// The one computed model every renderer (html, xlsx, json, md) draws: counts, policy figures
/// with targets, per-region figures, the baseline comparison and the trend over tagged versions.
/// </summary>
public sealed record ComplianceReport(
    ReportScope Scope,
    ItemCounts Counts,
    IReadOnlyList<FigureResult> Figures,
    IReadOnlyList<RegionFigures> Regions,
    BaselineComparison? Baseline,
    IReadOnlyList<TrendPoint> Trend)
{
    public int MissedCount => Figures.Count(f => !f.Passed);

    /// <summary>The scope's region drill-down (province → city → county → departments → items); null when not computed.</summary>
    public RegionDrill? DrillDown { get; init; }
}

/// <summary>What the report covers: the root region of the subtree (its name, or "all regions" worded by the renderer) and when it was made.</summary>
public sealed record ReportScope(string RegionCode, MessageArgument RegionName, bool Restricted, DateTimeOffset GeneratedAt, string? Revision);

/// <summary>One row of a count table: a key (type, level, department, region code), its label (catalog text, or a message such as "unknown level") and the item count.</summary>
public sealed record CountRow(string Key, MessageArgument Label, int Count);

/// <summary>Counts of active implementations in scope, by type, level, department and region (a region's count includes its sub-regions).</summary>
public sealed record ItemCounts(
    int Total,
    int AdministrativePower,
    int PublicService,
    IReadOnlyList<CountRow> ByType,
    IReadOnlyList<CountRow> ByLevel,
    IReadOnlyList<CountRow> ByDepartment,
    IReadOnlyList<CountRow> ByRegion);

public enum TargetKind
{
    /// <summary>The value must be at least the target (shares, compression).</summary>
    AtLeast,

    /// <summary>The value must be at most the target (visits, cancelled proofs).</summary>
    AtMost,

    /// <summary>Counted and shown, with no target (the 通办 shares; a count the policy file sets no target for).</summary>
    Reported,
}

public enum FigureUnit
{
    /// <summary>0–1, shown as a percentage.</summary>
    Share,

    /// <summary>A mean (visits per item).</summary>
    Average,

    /// <summary>A plain count.</summary>
    Count,
}

/// <summary>
/// One policy figure over the scope: value = Numerator / Denominator (for counts, the numerator),
/// its target from the policy file, pass or miss, and when missed every item behind the miss.
/// </summary>
public sealed record FigureResult(
    string Key,
    TargetKind Kind,
    FigureUnit Unit,
    double Target,
    double? Value,
    double Numerator,
    long Denominator,
    bool Passed,
    IReadOnlyList<DrillRow> Misses);

/// <summary>
/// An item behind a missed figure: implementation code, name, region, agency and what it misses — a message
/// each renderer words in the reader's language (the names the catalog holds stay as they are).
/// </summary>
public sealed record DrillRow(string Code, string Name, string Region, string RegionName, string Agency, MessageArgument Detail);

/// <summary>Every figure's value for one region's subtree (null: no item the figure applies to).</summary>
public sealed record RegionFigures(string Code, string Name, string Level, int Depth, int Items, IReadOnlyDictionary<string, double?> Values);

/// <summary>
/// Materials, steps, the sum of promised days and the sum of on-site visits (减跑动): the form in which
/// 《哈尔滨宾县打造“互联网+政务服务”暨“最多跑一次”高速列车》三 reports its reductions.
/// </summary>
public sealed record Reductions(long Materials, long Steps, long Days, long Visits);

/// <summary>Then and now for one region (or the whole scope) with the cut in percent.</summary>
public sealed record BaselineRow(string Code, MessageArgument Name, Reductions Then, Reductions Now)
{
    public double? MaterialsCut => Cut(Then.Materials, Now.Materials);
    public double? StepsCut => Cut(Then.Steps, Now.Steps);
    public double? DaysCut => Cut(Then.Days, Now.Days);
    public double? VisitsCut => Cut(Then.Visits, Now.Visits);

    /// <summary>(then − now) / then; null when there was nothing then.</summary>
    public static double? Cut(long then, long now) => then == 0 ? null : (then - now) / (double)then;
}

/// <summary>The comparison with the catalog at a baseline revision.</summary>
public sealed record BaselineComparison(string Revision, string Commit, BaselineRow Total, IReadOnlyList<BaselineRow> Regions);

/// <summary>The scope's figures at one tagged version (the last point is the working catalog, labelled as such).</summary>
public sealed record TrendPoint(string Label, string Commit, DateTimeOffset When, int Items, Reductions Totals, IReadOnlyDictionary<string, double?> Values);
