using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Foundation;

/// <summary>A code (item, region, agency, law title, proof, licence) is written once: 同一编码.</summary>
public sealed class DuplicateCodeRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.DuplicateCode, "编码重复", "Duplicate code", "code", Severity.Error,
        "编码『{code}』重复：已在 {first} 中使用", "code '{code}' is used twice: already at {first}",
        "一个编码只能赋予一个事项且永不复用；为新事项分配新编码，或删除重复的条目", "a code belongs to one entry and is never reused: assign a new code or delete the duplicate");

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
