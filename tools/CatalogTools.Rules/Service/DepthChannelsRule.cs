using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Service;

/// <summary>An item applied for online (三级, 四级) is offered through an online channel.</summary>
public sealed class DepthChannelsRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DepthChannels, category: "service", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (implementation.OnlineDepth is not ("三级" or "四级") || !Scope.Checks(context, implementation)) continue;
            var online = false;
            foreach (var channel in implementation.Channels)
            {
                if (IsOnline(channel)) { online = true; break; }
            }
            if (online) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("channels", implementation.Source), implementation.Code, ("depth", implementation.OnlineDepth));
        }
    }

    /// <summary>Vocabulary.OnlineChannels as a switch: this runs for every implementation.</summary>
    public static bool IsOnline(string channel) => channel is "网上办事大厅" or "政务服务移动端" or "第三方平台";
}
