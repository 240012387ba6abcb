using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.ServiceModes;

/// <summary>
/// 帮办代办 for the elderly and other groups on every item (《平顶山市一体化政务服务能力提升实施方案》39: 做到事项全覆盖).
/// The 帮办代办 share in the report counts exactly the items this rule reports (<see cref="ServiceModeChecks.OffersAssistance"/>).
/// </summary>
public sealed class AssistanceNotOfferedRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.AssistanceNotOffered, category: "service", severity: Severity.Warning);

    // The two wordings, built once: a generated province reports this for every one of its 10^6 items.
    private static readonly IReadOnlyDictionary<string, MessageArgument> DoesNotPublish = ArgumentMap.Of([("state", new MessageText("rulePhrase.doesNotPublish"))]);
    private static readonly IReadOnlyDictionary<string, MessageArgument> SaysItDoesNotOffer = ArgumentMap.Of([("state", new MessageText("rulePhrase.saysItDoesNotOffer"))]);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (!Scope.Checks(context, implementation) || ServiceModeChecks.OffersAssistance(implementation)) continue;
            if (!index.Standards.TryGetValue(implementation.StandardCode, out var standard) || !standard.IsActive) continue;
            var at = implementation.Assistance?.Source ?? implementation.Source;
            context.Diagnostics.Report(Descriptor, at, implementation.Code, implementation.Assistance is null ? DoesNotPublish : SaysItDoesNotOffer);
        }
    }
}
