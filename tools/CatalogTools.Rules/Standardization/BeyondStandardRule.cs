using System.Globalization;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Standardization;

/// <summary>
/// No requirement beyond the standard (《自治州推进政务服务“州内通办”一体化实施方案》四㈠): an implementation
/// may not add a material, a step or a condition, ask for a material in more copies, a stricter
/// form, as required where the standard has it optional or on paper where the standard exempts it
/// (变相增加), charge a fee the standard does not charge or raise its amount, or lengthen the
/// statutory limit. One error per excess, at the entry that exceeds, with the standard's value.
/// </summary>
public sealed class BeyondStandardRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.BeyondStandard, category: "standard", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (implementation.Own.IsEmpty || !Scope.Checks(context, implementation)) continue;
            if (!index.Standards.TryGetValue(implementation.StandardCode, out var standard)) continue;
            // The implementation did not move, the standard did: CAT0036 (reported by CAT0030) says so instead.
            if (Blame.OnStandardChange(context, implementation, standard)) continue;
            CheckOne(context, implementation, standard.Elements, standard.Code);
        }
    }

    private void CheckOne(RuleContext context, Implementation implementation, StandardElements std, string standardCode)
    {
        var own = implementation.Own;
        foreach (var material in own.Materials ?? [])
        {
            var standardMaterial = StandardMaterial(std.Materials, material.Name);
            if (standardMaterial is null)
                Report(context, implementation, material.Source, standardCode, new("beyondStandard.addsMaterial", ("name", material.Name)));
            else
                Disguised(context, implementation, material, standardMaterial, standardCode);
        }
        foreach (var step in own.Steps ?? [])
        {
            if (!Contains(std.Steps, s => s.Name == step.Name))
                Report(context, implementation, step.Source, standardCode, new("beyondStandard.addsStep", ("name", step.Name)));
        }
        if (own.Conditions is not null)
        {
            foreach (var condition in own.Conditions)
            {
                if (!Contains(std.Conditions, c => c == condition))
                    Report(context, implementation, implementation.Fields.Of("conditions", implementation.Source), standardCode, new("beyondStandard.addsCondition", ("condition", condition)));
            }
        }
        foreach (var fee in own.Fees ?? [])
        {
            if (!fee.Charged) continue;
            Fee? standardFee = null;
            foreach (var f in std.Fees ?? []) if (f.Name == fee.Name) { standardFee = f; break; }
            if (standardFee is null || !standardFee.Charged)
                Report(context, implementation, fee.Source, standardCode, new("beyondStandard.chargesFee", ("name", fee.Name)));
            else if (fee.Amount is not null && (standardFee.Amount is null || fee.Amount > standardFee.Amount))
                Report(context, implementation, fee.Source, standardCode,
                    new("beyondStandard.raisesFee", ("name", fee.Name), ("amount", Yuan(fee.Amount)), ("standardAmount", Yuan(standardFee.Amount))));
        }
        if (own.StatutoryLimit is not null && std.StatutoryLimit is not null && Limits.Compare(own.StatutoryLimit, std.StatutoryLimit) > 0)
        {
            Report(context, implementation, implementation.Fields.Of("statutoryLimit", implementation.Source), standardCode,
                new("beyondStandard.lengthensStatutoryLimit", ("limit", own.StatutoryLimit.ToString()), ("standardLimit", std.StatutoryLimit.ToString())));
        }
    }

    /// <summary>
    /// 变相增加 (《自治州推进政务服务“州内通办”一体化实施方案》四㈠: 不得额外增加或变相增加办理环节和申请材料):
    /// the same material asked for in more copies, in a stricter form (电子 → 复印件 → 原件), turned
    /// from optional into required, or no longer exempt (免提交) where the standard exempts it.
    /// </summary>
    private void Disguised(RuleContext context, Implementation implementation, Material own, Material std, string standardCode)
    {
        if (own.Copies is int copies && std.Copies is int standardCopies && copies > standardCopies)
            Report(context, implementation, own.Source, standardCode, new("beyondStandard.moreCopies", ("name", own.Name), ("copies", copies), ("standardCopies", standardCopies)));
        if (FormRank(own.Form) > FormRank(std.Form) && std.Form is not null)
            Report(context, implementation, own.Source, standardCode, new("beyondStandard.stricterForm", ("name", own.Name), ("form", FormName(own.Form)), ("standardForm", FormName(std.Form))));
        if (std.Required == false && own.Required != false)
            Report(context, implementation, own.Source, standardCode, new("beyondStandard.madeRequired", ("name", own.Name)));
        if (std.Exempt == true && own.Exempt != true)
            Report(context, implementation, own.Source, standardCode, new("beyondStandard.noLongerExempt", ("name", own.Name)));
    }

    /// <summary>How much a form asks of the applicant: 电子 (fetched or uploaded) &lt; 复印件 &lt; 原件.</summary>
    private static int FormRank(string? form) => form switch
    {
        Vocabulary.Electronic => 0,
        Vocabulary.Photocopy => 1,
        Vocabulary.Original => 2,
        _ => -1,
    };

    /// <summary>A form as the message names it (电子, an electronic copy); a value outside the vocabulary as it is.</summary>
    private static MessageArgument FormName(string? form) => form switch
    {
        Vocabulary.Electronic => new MessageText("beyondStandard.form.electronic"),
        Vocabulary.Photocopy => new MessageText("beyondStandard.form.photocopy"),
        Vocabulary.Original => new MessageText("beyondStandard.form.original"),
        _ => form ?? "—",
    };

    /// <summary>The standard's entry for a material: the same name, else the same name once normalized.</summary>
    private static Material? StandardMaterial(IReadOnlyList<Material>? materials, string name)
    {
        if (materials is null) return null;
        foreach (var m in materials) if (m.Name == name) return m;
        var key = Core.Matching.NameKey.Of(name);
        foreach (var m in materials) if (Core.Matching.NameKey.Of(m.Name) == key) return m;
        return null;
    }

    private static bool Contains<T>(IReadOnlyList<T>? list, Func<T, bool> match)
    {
        if (list is null) return false;
        foreach (var item in list) if (match(item)) return true;
        return false;
    }

    private static string Yuan(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private void Report(RuleContext context, Implementation implementation, SourceRef at, string standardCode, MessageText detail) =>
        context.Diagnostics.Report(Descriptor, at, implementation.Code, ("detail", detail), ("standard", standardCode));
}
