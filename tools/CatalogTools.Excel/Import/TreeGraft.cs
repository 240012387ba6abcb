using System.Globalization;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Excel.Import;

/// <summary>
/// Lays the tree built from the workbook over the file's current tree: where a value means the
/// same (5 and 5, 20 and 20.0, a string and the same string) the file's own node is kept with its
/// spelling and comments; comments before keys and list entries and the file header
/// (# yaml-language-server, # catalog-disable) carry over. So an unedited item renders exactly as
/// it is, and an edited one changes only where the workbook changed it.
/// </summary>
public sealed class TreeGraft(IReadOnlyDictionary<YNode, CellPlace> built)
{
    /// <summary>Where each node of the grafted tree came from in the workbook.</summary>
    public Dictionary<YNode, CellPlace> Places { get; } = new(ReferenceEqualityComparer.Instance);

    public YNode Graft(YNode fresh, YNode? old)
    {
        var result = Node(fresh, old);
        if (old is not null)
        {
            result.LeadingComments = old.LeadingComments;
            result.EndComments = old.EndComments;
        }
        return result;
    }

    private YNode Node(YNode fresh, YNode? old)
    {
        built.TryGetValue(fresh, out var place);
        var hasPlace = built.ContainsKey(fresh);
        YNode result;
        if (old is not null && fresh.Kind == YKind.Scalar && old.Kind == YKind.Scalar && SameScalar(fresh, old))
        {
            result = old;
        }
        else if (fresh.Kind == YKind.Mapping)
        {
            result = YNode.Mapping(0, 0);
            var oldMap = old is { Kind: YKind.Mapping } ? old : null;
            foreach (var (key, value) in fresh.Pairs)
            {
                var oldKey = oldMap?.KeyNode(key.Value);
                var newKey = YNode.Scalar(key.Value, key.Quoted, 0, 0);
                if (oldKey is not null) newKey.LeadingComments = oldKey.LeadingComments;
                var child = Node(value, oldMap?.Get(key.Value));
                if (oldKey is not null && value.Kind != YKind.Scalar && oldMap!.Get(key.Value) is { } oldChild) child.LeadingComments ??= oldChild.LeadingComments;
                result.Pairs.Add(new(newKey, child));
            }
        }
        else if (fresh.Kind == YKind.Sequence)
        {
            result = YNode.Sequence(0, 0);
            var oldItems = old is { Kind: YKind.Sequence } ? old.Items : null;
            for (var i = 0; i < fresh.Items.Count; i++)
            {
                var item = fresh.Items[i];
                var match = oldItems is null ? null : Match(item, oldItems, i);
                var child = Node(item, match);
                if (match is not null && child.Kind != YKind.Scalar) child.LeadingComments ??= match.LeadingComments;
                result.Items.Add(child);
            }
        }
        else
        {
            result = fresh;
            if (old is { Kind: YKind.Scalar, TrailingComment: { } trailing }) result.TrailingComment = trailing;
        }
        if (hasPlace) Places[result] = place;
        return result;
    }

    /// <summary>List entries are matched by name (a removed material does not shift the others' comments), else by position.</summary>
    private static YNode? Match(YNode item, List<YNode> oldItems, int index)
    {
        if (item.Kind == YKind.Mapping && item.Get("name") is { } name)
        {
            foreach (var old in oldItems)
            {
                if (old.Kind == YKind.Mapping && old.Get("name")?.Value == name.Value) return old;
            }
            return null;
        }
        if (item.Kind == YKind.Scalar)
        {
            foreach (var old in oldItems)
            {
                if (old.Kind == YKind.Scalar && old.Value == item.Value) return old;
            }
            return null;
        }
        return index < oldItems.Count ? oldItems[index] : null;
    }

    public static bool SameScalar(YNode a, YNode b)
    {
        var ta = a.ScalarType;
        var tb = b.ScalarType;
        if (ta == tb && a.Value == b.Value) return true;
        if (ta is ScalarType.Integer or ScalarType.Float && tb is ScalarType.Integer or ScalarType.Float)
        {
            return decimal.TryParse(a.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                && decimal.TryParse(b.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && x == y;
        }
        if (ta == ScalarType.Bool && tb == ScalarType.Bool) return string.Equals(a.Value, b.Value, StringComparison.OrdinalIgnoreCase);
        return false;
    }
}
