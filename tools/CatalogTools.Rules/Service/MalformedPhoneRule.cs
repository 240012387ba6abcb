using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Service;

/// <summary>Consultation and complaint phones are numbers an applicant can dial.</summary>
public sealed class MalformedPhoneRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.MalformedPhone, "电话号码格式错误", "Malformed phone number", "service", Severity.Error,
        "{contact}电话『{phone}』格式错误", "{contact} phone '{phone}' is malformed",
        "写成带区号的固定电话（0451-52003114）、手机号（13812345678）或服务热线（12345、95xxx、400-xxx-xxxx），每处一个号码",
        "write a landline with area code (0451-52003114), a mobile (13812345678) or a hotline (12345, 95xxx, 400-xxx-xxxx), one number each");

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (!Scope.Checks(context, implementation)) continue;
            CheckOne(context, implementation, implementation.Consultation, MessageTemplateFormatter.Localized("咨询", "consultation"));
            CheckOne(context, implementation, implementation.Complaint, MessageTemplateFormatter.Localized("监督投诉", "complaint"));
        }
    }

    private void CheckOne(RuleContext context, Implementation implementation, Contact? contact, string which)
    {
        if (contact is null || string.IsNullOrWhiteSpace(contact.Phone) || ContactFormats.Phone().IsMatch(contact.Phone)) return;
        context.Diagnostics.Report(Descriptor, contact.Source, implementation.Code, ("contact", which), ("phone", contact.Phone));
    }
}
