using System.Globalization;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Fees;

/// <summary>A fee that is not charged carries no amount and no fee standard: the guide must not suggest a charge.</summary>
public sealed class FeeOnFreeItemRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.FeeOnFreeItem, category: "fee", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        WrittenElements.ForEach(index, context, w =>
        {
            foreach (var fee in w.Elements.Fees ?? [])
            {
                if (fee.Charged) continue;
                var amount = fee.Amount is not null && fee.Amount != 0;
                if (!amount && fee.Standard is null) continue;
                var what = amount
                    ? new MessageText("rulePhrase.feeAmount", ("amount", fee.Amount!.Value.ToString(CultureInfo.InvariantCulture)))
                    : new MessageText("rulePhrase.feeStandard", ("standard", fee.Standard));
                context.Diagnostics.Report(Descriptor, fee.Source, w.Code, ("fee", fee.Name), ("what", what));
            }
        });
    }
}
