using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Core.Sources;
using CatalogTools.Reports.Model;

namespace CatalogTools.Reports.Computing;

/// <summary>
/// What to report on: an optional region subtree and an optional baseline revision. The trend uses
/// the tags matching <paramref name="TagPattern"/> (* and ?; null: every tag); times are shown in
/// <paramref name="TimeZone"/> (null: as <paramref name="Now"/> is given).
/// </summary>
public sealed record ReportRequest(string? Region, string? Baseline, DateTimeOffset Now, bool Trend = true, string? TagPattern = null, TimeZoneInfo? TimeZone = null)
{
    public DateTimeOffset InZone(DateTimeOffset when) => TimeZone is null ? when : TimeZoneInfo.ConvertTime(when, TimeZone);

    public bool TagMatches(string tag) => TagPattern is not { Length: > 0 } pattern || System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, tag, ignoreCase: false);
}

/// <summary>The report, or why it could not be made (a message the caller words).</summary>
public sealed record ReportOutcome(ComplianceReport? Report, MessageText? Problem)
{
    public string Error(Lang lang) => Problem?.In(lang) ?? "";
}

/// <summary>Computes the <see cref="ComplianceReport"/> from the loaded catalog (and its git history for baseline and trend).</summary>
public static class ReportBuilder
{
    /// <param name="history">The catalog's git history (baseline, trend), opened by the caller; null outside git.</param>
    public static ReportOutcome Build(LoadedCatalog current, CatalogLoader loader, ReportRequest request, ICatalogHistory? history = null)
    {
        var index = current.Index;
        var tree = index.RegionHierarchy;
        string rootCode;
        MessageArgument rootName;
        if (request.Region is { Length: > 0 } region)
        {
            if (!index.Regions.ContainsKey(region) && !index.ImplementationList.Any(i => tree.Chain(i.Region).Contains(region)))
            {
                return new ReportOutcome(null, new MessageText("report.unknownRegion", ("region", region)));
            }
            rootCode = region;
            rootName = tree.NameOf(region);
        }
        else
        {
            var tops = tree.Tops();
            rootCode = tops.Count == 1 ? tops[0] : "";
            // Several top regions: the scope is "all regions", worded in the reader's language by each renderer.
            rootName = rootCode.Length > 0 ? tree.NameOf(rootCode) : new MessageText("reportText.allRegions");
        }
        var restricted = request.Region is { Length: > 0 };

        var targets = FigureDefinitions.Targets(index.Policy);
        var now = Snapshot.Compute(index, tree, rootCode, targets, collectDrill: true, restricted);

        {
            string? revisionSha = null;
            BaselineComparison? baseline = null;
            if (request.Baseline is { Length: > 0 } rev)
            {
                if (history is null)
                {
                    return new ReportOutcome(null, new MessageText("report.baselineWithoutGit", ("rev", rev)));
                }
                var sha = history.Resolve(rev);
                if (sha is null)
                {
                    return new ReportOutcome(null, new MessageText("report.baselineNotFound", ("rev", rev)));
                }
                var then = history.Load(sha, loader);
                var thenSnapshot = Snapshot.Compute(then.Index, tree, rootCode, FigureDefinitions.Targets(then.Index.Policy), collectDrill: false, restricted);
                baseline = Compare(rev, sha, rootCode, rootName, tree, thenSnapshot, now);
            }
            var trend = new List<TrendPoint>();
            if (history is not null && request.Trend)
            {
                foreach (var tag in history.Tags().Where(t => request.TagMatches(t.Tag)))
                {
                    var at = history.Load(tag.Commit, loader);
                    var snapshot = Snapshot.Compute(at.Index, tree, rootCode, FigureDefinitions.Targets(at.Index.Policy), collectDrill: false, restricted);
                    trend.Add(new TrendPoint(tag.Tag, tag.Commit, request.InZone(tag.When), snapshot.Root.Items, snapshot.Root.Reductions, snapshot.Root.Values()));
                }
                revisionSha = history.Resolve("HEAD");
            }
            if (trend.Count > 0)
            {
                trend.Add(new TrendPoint(Text.ReportText.CurrentTrendLabel, revisionSha ?? "", request.InZone(request.Now), now.Root.Items, now.Root.Reductions, now.Root.Values()));
            }

            var report = new ComplianceReport(
                new ReportScope(rootCode, rootName, restricted, request.InZone(request.Now), revisionSha),
                Counts(now, tree, rootCode),
                Figures(now, targets).Concat(ScopeFigures.Compute(index, tree, rootCode)).ToList(),
                RegionRows(now, tree, rootCode),
                baseline,
                trend)
            {
                DrillDown = DrillDownBuilder.Build(index, tree, rootCode, rootName, targets, restricted),
            };
            return new ReportOutcome(report, null);
        }
    }

    private static List<FigureResult> Figures(Snapshot now, double[] targets)
    {
        var list = new List<FigureResult>();
        foreach (var f in FigureDefinitions.All)
        {
            var value = now.Root.Value(f);
            var passed = FigureDefinitions.Meets(f, value, targets[f.Index]);
            var misses = passed ? [] : now.Drill[f.Index];
            list.Add(new FigureResult(f.Key, f.Kind, f.Unit, targets[f.Index], value, now.Root.Numerators[f.Index], now.Root.Denominators[f.Index], passed, misses));
        }
        return list;
    }

    private static ItemCounts Counts(Snapshot now, RegionHierarchy tree, string rootCode)
    {
        var byType = Vocabulary.ItemTypes.Select(t => new CountRow(t, t, now.ByType.GetValueOrDefault(t)))
            .Concat(now.ByType.Where(p => !Vocabulary.ItemTypes.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new CountRow(p.Key, p.Key, p.Value)))
            .ToList();
        var power = now.ByType.Where(p => Vocabulary.IsAdministrativePower(p.Key)).Sum(p => p.Value);
        var byLevel = Vocabulary.Levels.Where(now.ByLevel.ContainsKey).Select(l => new CountRow(l, l, now.ByLevel[l]))
            .Concat(now.ByLevel.Where(p => !Vocabulary.Levels.Contains(p.Key)).Select(p => new CountRow(p.Key, p.Key.Length == 0 ? new MessageText("report.unknownLevel") : p.Key, p.Value)))
            .ToList();
        var byDepartment = now.ByDepartment.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new CountRow(p.Key, p.Key, p.Value)).ToList();
        var byRegion = RegionOrder(now, tree, rootCode).Select(c => new CountRow(c, tree.NameOf(c), now.Regions[c].Items)).ToList();
        return new ItemCounts(now.Root.Items, power, now.Root.Items - power, byType, byLevel, byDepartment, byRegion);
    }

    private static List<RegionFigures> RegionRows(Snapshot now, RegionHierarchy tree, string rootCode) =>
        RegionOrder(now, tree, rootCode)
            .Select(c => new RegionFigures(c, tree.NameOf(c), tree.LevelOf(c), Math.Max(0, tree.DepthBelow(c, rootCode)), now.Regions[c].Items, now.Regions[c].Values()))
            .ToList();

    /// <summary>The region table in tree order: each region followed by its children, by code.</summary>
    private static List<string> RegionOrder(Snapshot snapshot, RegionHierarchy tree, string rootCode)
    {
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var code in snapshot.Regions.Keys)
        {
            if (code == rootCode) continue;
            var parent = tree.ParentOf(code) ?? "";
            if (!snapshot.Regions.ContainsKey(parent) && parent != rootCode) parent = rootCode;
            if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
            list.Add(code);
        }
        var order = new List<string>();
        if (rootCode.Length > 0 && snapshot.Regions.ContainsKey(rootCode)) order.Add(rootCode);
        Walk(rootCode);
        return order;

        void Walk(string parent)
        {
            if (!children.TryGetValue(parent, out var list)) return;
            list.Sort(StringComparer.Ordinal);
            foreach (var child in list)
            {
                order.Add(child);
                Walk(child);
            }
        }
    }

    private static BaselineComparison Compare(string revision, string sha, string rootCode, MessageArgument rootName, RegionHierarchy tree, Snapshot then, Snapshot now)
    {
        var codes = RegionOrder(now, tree, rootCode);
        foreach (var code in RegionOrder(then, tree, rootCode))
        {
            if (!codes.Contains(code)) codes.Add(code);
        }
        var rows = codes.Select(c => new BaselineRow(c, tree.NameOf(c),
            then.Regions.TryGetValue(c, out var t) ? t.Reductions : new Reductions(0, 0, 0, 0),
            now.Regions.TryGetValue(c, out var n) ? n.Reductions : new Reductions(0, 0, 0, 0))).ToList();
        var total = new BaselineRow(rootCode, rootName, then.Root.Reductions, now.Root.Reductions);
        return new BaselineComparison(revision, sha, total, rows);
    }
}
