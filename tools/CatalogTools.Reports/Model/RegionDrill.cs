using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Reports.Model;

/// <summary>
/// One region of the drill-down (province → city → county → township → village): its figures over
/// its whole subtree, the departments of its own agencies with their figures and items, its
/// sub-regions, and for every figure it misses, the items behind that miss in its subtree.
/// </summary>
public sealed record RegionDrill(
    string Code,
    MessageArgument Name,
    string Level,
    int Items,
    IReadOnlyDictionary<string, double?> Values,
    IReadOnlyList<DepartmentDrill> Departments,
    IReadOnlyList<RegionDrill> Children,
    IReadOnlyList<RegionMiss> Misses);

/// <summary>A department of a region's own agencies (公安, 民政 …): its figures and its items, in code order.</summary>
public sealed record DepartmentDrill(string Name, int ItemCount, IReadOnlyDictionary<string, double?> Values, IReadOnlyList<DrillItem> Items);

/// <summary>One item in the drill-down: code, name, agency, and the figures it falls short of (figure key → why, worded by the renderer).</summary>
public sealed record DrillItem(string Code, string Name, string Agency, IReadOnlyDictionary<string, MessageArgument> Shortfalls);

/// <summary>A figure a region misses, with its value there and every item of the region's subtree behind the miss.</summary>
public sealed record RegionMiss(string Figure, double? Value, IReadOnlyList<DrillRow> Items);
