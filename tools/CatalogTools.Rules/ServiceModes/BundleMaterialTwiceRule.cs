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
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.BundleMaterialTwice, "一件事重复收取同一材料", "One-thing bundle asks for a material twice", "material", Severity.Error,
        "一件事『{bundle}』再次要求材料『{material}』（第 {first} 项已要求『{firstName}』）", "the one-thing bundle '{bundle}' asks again for '{material}' (item {first} already asks for '{firstName}')",
        "删除重复的材料；合并后的材料清单中同一材料只收一次", "delete the repeated material: the combined list asks for each material once");

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
