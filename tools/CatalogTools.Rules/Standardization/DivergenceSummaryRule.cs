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
            var where = new List<MessageArgument>();
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
                where.Add(new MessageText("rulePhrase.regionWithElements", ("region", region),
                    ("elements", new MessageList("list.separator", [.. elements.Select(ElementNames.Message)]))));
            }
            if (count == 0 || !inScope) continue;
            if (count > ListedRegions)
            {
                // Both languages give the number of every place (等 N 处, N in all): one template, one placeholder.
                where.Add(new MessageText("rulePhrase.andOthersInAll", ("count", count)));
            }
            context.Diagnostics.Report(Descriptor, standard.Fields.Of("code", standard.Source), standard.Code,
                ("standard", standard.Code), ("name", standard.Name), ("total", implementations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("where", new MessageList("rulePhrase.placeSeparator", where)));
        }
    }
}
