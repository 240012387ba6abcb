using System.Globalization;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Fees;

/// <summary>A fee that is not charged carries no amount and no fee standard: the guide must not suggest a charge.</summary>
public sealed class FeeOnFreeItemRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.FeeOnFreeItem, "不收费事项写有收费标准", "Fee standard on a free item", "fee", Severity.Error,
        "收费『{fee}』标为不收费，却写有{what}", "fee '{fee}' is marked free but states {what}",
        "不收费时删除 amount 和 standard；确需收费的写 charged: true 并注明依据", "when free, delete amount and standard; if it is charged, write charged: true with its basis");

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
                    ? MessageTemplateFormatter.Localized($"收费金额 {fee.Amount!.Value.ToString(CultureInfo.InvariantCulture)} 元", $"an amount of {fee.Amount!.Value.ToString(CultureInfo.InvariantCulture)} yuan")
                    : MessageTemplateFormatter.Localized($"收费标准『{fee.Standard}』", $"a fee standard '{fee.Standard}'");
                context.Diagnostics.Report(Descriptor, fee.Source, w.Code, ("fee", fee.Name), ("what", what));
            }
        });
    }
}
