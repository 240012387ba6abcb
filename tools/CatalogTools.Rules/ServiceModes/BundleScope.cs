using CatalogTools.Core.Checking;
using CatalogTools.Core.Model;

namespace CatalogTools.Rules.ServiceModes;

/// <summary>A 一件事 is checked when it is active and in scope: its own code, or one of its members, changed.</summary>
internal static class BundleScope
{
    public static bool Checks(RuleContext context, ServiceBundle bundle) =>
        bundle.IsActive && (context.Scope is null || context.Scope.Contains(bundle.Code) || bundle.Members.Any(context.Scope.Contains));
}
