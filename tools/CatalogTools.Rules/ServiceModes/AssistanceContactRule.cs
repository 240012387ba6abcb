using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.ServiceModes;

/// <summary>帮办代办 offered must say whom to call: an offer nobody can reach is not an offer.</summary>
public sealed class AssistanceContactRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.AssistanceWithoutContact, "帮办代办缺少联系方式", "Assisted application without a contact", "service", Severity.Error,
        "提供帮办代办，但没有写联系电话", "assisted application (bangban daiban) is offered without a contact phone",
        "在 assistance 下填写 hotline（如 0451-57912345）", "add assistance.hotline (e.g. 0451-57912345)");

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (!Scope.Checks(context, implementation) || implementation.Assistance is not { Offered: true } assistance) continue;
            if (!string.IsNullOrWhiteSpace(assistance.Hotline)) continue;
            context.Diagnostics.Report(Descriptor, assistance.Source, implementation.Code);
        }
    }
}
