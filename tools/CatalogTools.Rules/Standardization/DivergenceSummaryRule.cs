using CatalogTools.Core.Checking;
using CatalogTools.Core.Comparison;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Standardization;

/// <summary>
/// One line per standard item with diverging implementations: how many, where and in which
/// elements (renames included). Info, because each divergence is already an error of its own.
/// </summary>
public sealed class DivergenceSummaryRule : ICatalogRule
{
    private const int ListedRegions = 10;

    public RuleDescriptor Descriptor { get; } = new(RuleIds.DivergenceSummary, category: "standard", severity: Severity.Info);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var standard in index.StandardList)
        {
            if (!standard.IsActive) continue;
            var implementations = index.ImplementationsOf(standard.Code);
            var inScope = context.InScope(standard.Code);
            var zh = new List<string>();
            var en = new List<string>();
            var count = 0;
            foreach (var implementation in implementations)
            {
                if (!implementation.IsActive || implementation.Own.IsEmpty) continue;
                var changes = Divergence.Of(implementation, standard);
                if (changes.Count == 0) continue;
                inScope |= context.InScope(implementation.Code);
                count++;
                if (count > ListedRegions) continue;
                var region = Names.Region(index, implementation.Region);
                var elements = changes.Select(c => c.Element).Distinct().ToList();
                zh.Add($"{region}（{string.Join("、", elements.Select(e => ElementNames.Of(e, Lang.Zh)))}）");
                en.Add($"{region} ({string.Join(", ", elements.Select(e => ElementNames.Of(e, Lang.En)))})");
            }
            if (count == 0 || !inScope) continue;
            if (count > ListedRegions)
            {
                zh.Add($"等 {count} 处");
                en.Add($"and {count - ListedRegions} more");
            }
            context.Diagnostics.Report(Descriptor, standard.Fields.Of("code", standard.Source), standard.Code,
                ("standard", standard.Code), ("name", standard.Name), ("total", implementations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("where", MessageTemplateFormatter.Localized(string.Join("、", zh), string.Join("; ", en))));
        }
    }
}
