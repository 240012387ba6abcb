using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Service;

/// <summary>
/// Consultation and complaint contacts give an e-mail as well as a phone (《黑龙江省加快推进“互联网+政务服务”
/// 工作方案》二(一)1: 提供咨询、投诉的电话、邮箱). The schema keeps e-mail optional, so a province can set this
/// rule's severity on its own; a malformed address is CAT0074's.
/// </summary>
public sealed class ContactEmailMissingRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ContactEmailMissing, category: "service", severity: Severity.Warning);

    // Worded when a finding is printed; built once rather than twice per item checked.
    private static readonly MessageText ConsultationPhrase = new("rulePhrase.consultation");
    private static readonly MessageText ComplaintPhrase = new("rulePhrase.complaint");

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (!Scope.Checks(context, implementation)) continue;
            CheckOne(context, implementation, "consultation", implementation.Consultation, ConsultationPhrase);
            CheckOne(context, implementation, "complaint", implementation.Complaint, ComplaintPhrase);
        }
    }

    private void CheckOne(RuleContext context, Implementation implementation, string key, Contact? contact, MessageArgument which)
    {
        if (!GuideCompleteness.Blank(contact?.Email)) return;
        var at = contact?.Source ?? implementation.Fields.Of(key, implementation.Source);
        context.Diagnostics.Report(Descriptor, at, implementation.Code, ("contact", which), ("key", key));
    }
}
