using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Support;

/// <summary>The standard item a written set of elements belongs to: its basic code and type (a cancellation's scope is judged by these).</summary>
public static class WrittenItem
{
    public static (string StandardCode, string Type) StandardOf(CatalogIndex index, Written w)
    {
        if (w.IsStandard) return (w.Code, w.Elements.Type ?? "");
        var implementation = index.Implementations[w.Code];
        var type = index.Standards.TryGetValue(implementation.StandardCode, out var standard) ? standard.Type : w.Elements.Type ?? "";
        return (implementation.StandardCode, type);
    }
}
