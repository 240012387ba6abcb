using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Foundation;

/// <summary>A code (item, region, agency, law title, proof, licence) is written once: 同一编码.</summary>
public sealed class DuplicateCodeRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DuplicateCode, category: "code", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var duplicate in index.Duplicates)
        {
            if (!context.InScope(duplicate.Code) && context.Scope is not null) continue;
            context.Diagnostics.Report(Descriptor, duplicate.Duplicate, duplicate.Code,
                ("code", duplicate.Code), ("first", $"{duplicate.First.File}:{duplicate.First.Line}"));
        }
    }
}
