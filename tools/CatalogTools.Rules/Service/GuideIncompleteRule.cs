using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Service;

/// <summary>
/// A guide tells applicants where and when to go and whom to ask or complain to
/// (《黑龙江省加快推进“互联网+政务服务”工作方案》二(一)1). The schema requires the keys; this rule catches
/// blank values (<see cref="GuideCompleteness.Blank"/>, as the 全要素率 figure counts them).
/// </summary>
public sealed class GuideIncompleteRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.GuideIncomplete, category: "service", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (!Scope.Checks(context, implementation)) continue;
            Require(context, implementation, "address", !GuideCompleteness.Blank(implementation.Address));
            Require(context, implementation, "hours", !GuideCompleteness.Blank(implementation.Hours));
            Require(context, implementation, "consultation", !GuideCompleteness.Blank(implementation.Consultation?.Phone));
            Require(context, implementation, "complaint", !GuideCompleteness.Blank(implementation.Complaint?.Phone));
        }
    }

    private void Require(RuleContext context, Implementation implementation, string key, bool present)
    {
        // An absent key is the schema's finding (CAT0004); this rule reports what is present but blank.
        if (present || !implementation.Fields.Has(key)) return;
        var element = key switch
        {
            "address" => new MessageText("rulePhrase.location"),
            "hours" => new MessageText("rulePhrase.openingHours"),
            "consultation" => new MessageText("rulePhrase.consultationPhone"),
            _ => new MessageText("rulePhrase.complaintPhone"),
        };
        context.Diagnostics.Report(Descriptor, implementation.Fields.Of(key, implementation.Source), implementation.Code, ("element", element));
    }
}
