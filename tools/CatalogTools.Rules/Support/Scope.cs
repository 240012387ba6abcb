using CatalogTools.Core.Checking;
using CatalogTools.Core.Model;

namespace CatalogTools.Rules.Support;

/// <summary>
/// What a changed-only run looks at. A standard item in scope brings its implementations with it:
/// a change to the standard can make every implementation of it wrong, so they are all checked.
/// Retired items (已停用) are not offered any more and are skipped by the policy rules.
/// </summary>
public static class Scope
{
    public static bool Covers(RuleContext context, Implementation implementation) =>
        context.Scope is null || context.Scope.Contains(implementation.Code) || context.Scope.Contains(implementation.StandardCode);

    /// <summary>An active implementation to check: in scope, not retired.</summary>
    public static bool Checks(RuleContext context, Implementation implementation) =>
        implementation.IsActive && Covers(context, implementation);

    /// <summary>An active standard to check: in scope, not retired.</summary>
    public static bool Checks(RuleContext context, StandardItem standard) =>
        standard.IsActive && context.InScope(standard.Code);
}
