using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Service;

/// <summary>Consultation and complaint phones are numbers an applicant can dial.</summary>
public sealed class MalformedPhoneRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.MalformedPhone, category: "service", severity: Severity.Error);

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
        if (contact is null || string.IsNullOrWhiteSpace(contact.Phone) || ContactFormats.Phone().IsMatch(contact.Phone)) return;
        context.Diagnostics.Report(Descriptor, contact.Source, implementation.Code, ("contact", which), ("phone", contact.Phone));
    }
}
