using CatalogTools.Core.Yaml;

namespace CatalogTools.Excel.Import;

/// <summary>
/// One item as the workbook states it: its code, its 类别 (标准事项 / 实施清单, or blank), where its
/// 事项目录 row is, and the YAML tree built from all its rows across the sheets.
/// </summary>
public sealed class ItemDraft(string code, string? kind, CellPlace row, YNode root)
{
    public string Code => code;
    public string? Kind => kind;
    public CellPlace Row => row;
    public YNode Root => root;

    /// <summary>The 类别 cell.</summary>
    public CellPlace KindPlace { get; init; }

    /// <summary>
    /// Where each built node came from, in the order they were built. Kept as a list (no hashing
    /// of 10^6 nodes); <see cref="PlaceMap"/> makes the lookup for the few items that changed.
    /// </summary>
    public List<(YNode Node, CellPlace Place)> Places { get; } = new();

    public YNode Place(YNode node, CellPlace place)
    {
        Places.Add((node, place));
        return node;
    }

    public Dictionary<YNode, CellPlace> PlaceMap()
    {
        var map = new Dictionary<YNode, CellPlace>(Places.Count, ReferenceEqualityComparer.Instance);
        foreach (var (node, place) in Places) map[node] = place;
        return map;
    }

    /// <summary>The list elements (materials, steps, fees, basis, conditions, notes) that have rows.</summary>
    public Dictionary<string, YNode> Lists { get; } = new(StringComparer.Ordinal);

    public YNode List(string key)
    {
        if (!Lists.TryGetValue(key, out var list))
        {
            list = YNode.Sequence(0, 0);
            Lists[key] = list;
        }
        return list;
    }
}

/// <summary>What the hidden sheet says: form version, source revision and which file each exported item came from.</summary>
public sealed record WorkbookMeta(string? SchemaVersion, string? Revision, IReadOnlyDictionary<string, string> Files, bool Present);
