using System.Globalization;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Standardization;

/// <summary>
/// No requirement beyond the standard (seed 001 §四㈠): an implementation may not add a material,
/// a step or a condition, charge a fee the standard does not charge or raise its amount, or
/// lengthen the statutory limit. One error per excess, at the entry that exceeds.
/// </summary>
public sealed class BeyondStandardRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.BeyondStandard, "超出标准事项的要求", "Asks for more than the standard", "standard", Severity.Error,
        "{detail}，超出标准事项 {standard} 的范围", "{detail}, beyond what standard item {standard} allows",
        "删除超出标准的要求；办事指南以外不得增加材料、环节、条件或收费", "remove the excess: no material, step, condition or fee beyond the standard guide");

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (implementation.Own.IsEmpty || !Scope.Checks(context, implementation)) continue;
            if (!index.Standards.TryGetValue(implementation.StandardCode, out var standard)) continue;
            CheckOne(context, implementation, standard.Elements, standard.Code);
        }
    }

    private void CheckOne(RuleContext context, Implementation implementation, StandardElements std, string standardCode)
    {
        var own = implementation.Own;
        foreach (var material in own.Materials ?? [])
        {
            if (!Contains(std.Materials, m => m.Name == material.Name))
                Report(context, implementation, material.Source, standardCode, $"增加申请材料『{material.Name}』", $"adds material '{material.Name}'");
        }
        foreach (var step in own.Steps ?? [])
        {
            if (!Contains(std.Steps, s => s.Name == step.Name))
                Report(context, implementation, step.Source, standardCode, $"增加办理环节『{step.Name}』", $"adds step '{step.Name}'");
        }
        if (own.Conditions is not null)
        {
            foreach (var condition in own.Conditions)
            {
                if (!Contains(std.Conditions, c => c == condition))
                    Report(context, implementation, implementation.Fields.Of("conditions", implementation.Source), standardCode, $"增加受理条件『{condition}』", $"adds condition '{condition}'");
            }
        }
        foreach (var fee in own.Fees ?? [])
        {
            if (!fee.Charged) continue;
            Fee? standardFee = null;
            foreach (var f in std.Fees ?? []) if (f.Name == fee.Name) { standardFee = f; break; }
            if (standardFee is null || !standardFee.Charged)
                Report(context, implementation, fee.Source, standardCode, $"收取标准中不收取的费用『{fee.Name}』", $"charges fee '{fee.Name}', which the standard does not charge");
            else if (fee.Amount is not null && (standardFee.Amount is null || fee.Amount > standardFee.Amount))
                Report(context, implementation, fee.Source, standardCode,
                    $"收费『{fee.Name}』提高到 {Yuan(fee.Amount)} 元（标准为 {Yuan(standardFee.Amount)}）", $"raises fee '{fee.Name}' to {Yuan(fee.Amount)} yuan (standard: {Yuan(standardFee.Amount)})");
        }
        if (own.StatutoryLimit is not null && std.StatutoryLimit is not null && Limits.Compare(own.StatutoryLimit, std.StatutoryLimit) > 0)
        {
            Report(context, implementation, implementation.Fields.Of("statutoryLimit", implementation.Source), standardCode,
                $"法定办结时限延长为 {own.StatutoryLimit}（标准为 {std.StatutoryLimit}）", $"lengthens the statutory limit to {own.StatutoryLimit} (standard: {std.StatutoryLimit})");
        }
    }

    private static bool Contains<T>(IReadOnlyList<T>? list, Func<T, bool> match)
    {
        if (list is null) return false;
        foreach (var item in list) if (match(item)) return true;
        return false;
    }

    private static string Yuan(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private void Report(RuleContext context, Implementation implementation, SourceRef at, string standardCode, string zh, string en) =>
        context.Diagnostics.Report(Descriptor, at, implementation.Code, ("detail", MessageTemplateFormatter.Localized(zh, en)), ("standard", standardCode));
}
