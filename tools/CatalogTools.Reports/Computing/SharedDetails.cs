using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Reports.Computing;

/// <summary>
/// One instance of each distinct drill-down detail. Under a strict policy the drill-down keeps a detail per
/// missed figure per item, and most are alike (the same gaps of the same standard, the same depth and
/// channels): kept once, they leave the report's heap — and the collector's work — as small as it was when
/// details were plain strings, and a renderer words each only once.
/// </summary>
public sealed class SharedDetails
{
    private readonly Dictionary<MessageArgument, MessageArgument> _kept = new();

    // The instances already kept, found by reference first: most details are the same few objects (the vocabulary's
    // names, the shared material-gap lists), and comparing them by content would walk them on every row.
    private readonly HashSet<object> _keptInstances = new(ReferenceEqualityComparer.Instance);

    /// <summary>The detail equal to <paramref name="detail"/> kept first; plain text stays as it is.</summary>
    public MessageArgument Share(MessageArgument detail)
    {
        object? instance = (object?)detail.Message ?? detail.List;
        if (instance is null || _keptInstances.Contains(instance)) return detail;
        if (_kept.TryGetValue(detail, out var kept)) return kept;
        _kept.Add(detail, detail);
        _keptInstances.Add(instance);
        return detail;
    }
}
