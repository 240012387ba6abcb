using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Model;

namespace CatalogTools.Core.Loading;

/// <summary>
/// What one file yields on its own: the model object (a standard item, an implementation, a list
/// of registry entries or the policy) and the diagnostics found without looking at other files.
/// A pure function of path and bytes, so it can be cached by content.
/// </summary>
public sealed record FileLoadResult(CatalogFile File, object? Content, IReadOnlyList<Diagnostic> Diagnostics)
{
    public StandardItem? Standard => Content as StandardItem;
    public Implementation? Implementation => Content as Implementation;
}
