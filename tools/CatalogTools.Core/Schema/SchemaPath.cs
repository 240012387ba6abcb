using CatalogTools.Core.Yaml;

namespace CatalogTools.Core.Schema;

/// <summary>Walks a validator path such as <c>materials[2].name</c> down a YAML tree.</summary>
public static class SchemaPath
{
    public static List<string> Split(string path)
    {
        var segments = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in path)
        {
            if (c is '.' or '/' or '[' or ']')
            {
                if (current.Length > 0) segments.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0) segments.Add(current.ToString());
        return segments;
    }

    /// <summary>The node at the end of the path, or null when the path leaves the tree.</summary>
    public static YNode? Find(YNode root, IReadOnlyList<string> segments)
    {
        YNode? node = root;
        foreach (var segment in segments)
        {
            if (node is null) return null;
            node = node.Kind switch
            {
                YKind.Mapping => node.Get(segment),
                YKind.Sequence when int.TryParse(segment, out var index) && index >= 0 && index < node.Items.Count => node.Items[index],
                _ => null,
            };
        }
        return node;
    }

    /// <summary>The deepest node the path reaches; for a mapping key, its key or its value.</summary>
    public static (int Line, int Column) Locate(YNode root, IReadOnlyList<string> segments, bool keyPosition = false)
    {
        var node = root;
        var line = root.Line;
        var column = root.Column;
        foreach (var segment in segments)
        {
            if (node.Kind == YKind.Mapping)
            {
                var key = node.KeyNode(segment);
                var value = node.Get(segment);
                if (key is null || value is null) break;
                line = key.Line;
                column = key.Column;
                node = value;
                if (!keyPosition && value.Kind == YKind.Scalar)
                {
                    line = value.Line;
                    column = value.Column;
                }
            }
            else if (node.Kind == YKind.Sequence && int.TryParse(segment, out var index) && index >= 0 && index < node.Items.Count)
            {
                node = node.Items[index];
                line = node.Line;
                column = node.Column;
            }
            else
            {
                break;
            }
        }
        return (line, column);
    }
}
