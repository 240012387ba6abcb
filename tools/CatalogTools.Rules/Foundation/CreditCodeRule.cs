using CatalogTools.Core.Checking;
using CatalogTools.Core.Codes;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;

namespace CatalogTools.Rules.Foundation;

/// <summary>Unified social credit codes must pass both check characters (GB 32100, GB 11714).</summary>
public sealed class CreditCodeRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.MalformedCreditCode, category: "code", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (context.Scope is null)
        {
            foreach (var agency in index.Agencies.Values)
            {
                Report(context, agency.Code, agency.Source, agency.Code);
            }
        }
        foreach (var implementation in index.ImplementationList)
        {
            // Registered agencies are checked once above; unregistered ones are checked where used.
            if (!context.InScope(implementation.Code) || implementation.Agency.Length == 0) continue;
            if (context.Scope is null && index.Agencies.ContainsKey(implementation.Agency)) continue;
            Report(context, implementation.Agency, implementation.Fields.Of("agency", implementation.Source), implementation.Code);
        }
    }

    private void Report(RuleContext context, string code, SourceRef at, string item)
    {
        var problem = CreditCode.Validate(code);
        if (problem is null) return;
        context.Diagnostics.Report(Descriptor, at, item, ("code", Core.Matching.VisibleText.Of(code)), ("detail", problem.Message));
    }
}
