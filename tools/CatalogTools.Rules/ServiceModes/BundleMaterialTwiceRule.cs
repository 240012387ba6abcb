using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Matching;

namespace CatalogTools.Rules.ServiceModes;

/// <summary>
/// A 一件事's combined list asks for each material once (一次提交): two entries with the same name after
/// normalization (whitespace, full-width, traditional characters, brackets; see <see cref="NameKey"/>) ask twice.
/// </summary>
public sealed class BundleMaterialTwiceRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.BundleMaterialTwice, category: "material", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var bundle in index.BundleList)
        {
            if (!BundleScope.Checks(context, bundle)) continue;
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < bundle.Materials.Count; i++)
            {
                var m = bundle.Materials[i];
                var key = NameKey.Of(m.Name);
                if (seen.TryGetValue(key, out var first))
                {
                    context.Diagnostics.Report(Descriptor, m.Source, bundle.Code, ("bundle", bundle.Name), ("material", m.Name),
                        ("first", (first + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("firstName", bundle.Materials[first].Name));
                }
                else
                {
                    seen[key] = i;
                }
            }
        }
    }
}
