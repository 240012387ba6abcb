using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Service;

/// <summary>Consultation and complaint e-mail addresses are well formed.</summary>
public sealed class MalformedEmailRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.MalformedEmail, category: "service", severity: Severity.Error);

    // Worded when a finding is printed; built once rather than twice per item checked.
    private static readonly MessageText ConsultationPhrase = new("rulePhrase.consultation");
    private static readonly MessageText ComplaintPhrase = new("rulePhrase.complaint");

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (!Scope.Checks(context, implementation)) continue;
            CheckOne(context, implementation, implementation.Consultation, ConsultationPhrase);
            CheckOne(context, implementation, implementation.Complaint, ComplaintPhrase);
        }
    }

    private void CheckOne(RuleContext context, Implementation implementation, Contact? contact, MessageArgument which)
    {
        // A blank address is a missing one: CAT0092's finding.
        if (string.IsNullOrWhiteSpace(contact?.Email) || ContactFormats.Email().IsMatch(contact.Email)) return;
        context.Diagnostics.Report(Descriptor, contact.Source, implementation.Code, ("contact", which), ("email", contact.Email));
    }
}
