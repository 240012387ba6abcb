using System.Globalization;
using CatalogTools.Core.Model;
using CatalogTools.Core.Text;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Core.Loading;

/// <summary>
/// Defensive reads from a YAML mapping: wrong shapes read as absent, because the schema check
/// has already reported them and one bad field must not hide the rest of the item.
/// </summary>
internal readonly struct NodeReader(YNode? node, string file)
{
    public YNode? Node => node;

    public SourceRef Here => node is null ? new SourceRef(file, 1, 1) : new SourceRef(file, node.Line, node.Column);

    /// <summary>Where a key of this mapping is written, or null when it is absent.</summary>
    public SourceRef? KeyAt(string key)
    {
        var at = node?.Kind == YKind.Mapping ? node.KeyNode(key) : null;
        return at is null ? null : new SourceRef(file, at.Line, at.Column);
    }

    public NodeReader Child(string key) => new(node?.Kind == YKind.Mapping ? node.Get(key) : null, file);

    public string? String(string key)
    {
        var value = node?.Kind == YKind.Mapping ? node.Get(key) : null;
        if (value is null || value.Kind != YKind.Scalar || value.ScalarType == ScalarType.Null) return null;
        return value.Value;
    }

    /// <summary>A text that repeats across items (a status, a region or agency code, a unit), as its one shared instance.</summary>
    public string? Shared(string key) => String(key) is { } text ? SharedStrings.Of(text) : null;

    public int? Int(string key)
    {
        var text = String(key);
        return text is not null && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    public decimal? Decimal(string key)
    {
        var text = String(key);
        return text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    public bool? Bool(string key)
    {
        var value = node?.Kind == YKind.Mapping ? node.Get(key) : null;
        if (value is null || value.Kind != YKind.Scalar || value.ScalarType != ScalarType.Bool) return null;
        return ScalarResolver.AsBool(value.Value);
    }

    public bool Has(string key) => node?.Kind == YKind.Mapping && node.Get(key) is not null;

    /// <summary>The mappings of a list, each as a reader; null when the key is absent.</summary>
    public List<NodeReader>? List(string key)
    {
        var value = node?.Kind == YKind.Mapping ? node.Get(key) : null;
        if (value is null) return null;
        var result = new List<NodeReader>();
        if (value.Kind != YKind.Sequence) return result;
        foreach (var item in value.Items) result.Add(new NodeReader(item, file));
        return result;
    }

    public List<string>? Strings(string key)
    {
        var value = node?.Kind == YKind.Mapping ? node.Get(key) : null;
        if (value is null) return null;
        var result = new List<string>();
        if (value.Kind == YKind.Sequence)
        {
            foreach (var item in value.Items)
            {
                if (item.Kind == YKind.Scalar && item.ScalarType != ScalarType.Null) result.Add(item.Value);
            }
        }
        else if (value.Kind == YKind.Scalar && value.ScalarType != ScalarType.Null)
        {
            result.Add(value.Value);
        }
        return result;
    }

    public FieldPositions Positions()
    {
        if (node?.Kind != YKind.Mapping) return FieldPositions.Empty;
        var n = node.Pairs.Count;
        var keys = new string[n];
        var lines = new int[n];
        var columns = new int[n];
        for (var i = 0; i < n; i++)
        {
            var key = node.Pairs[i].Key;
            keys[i] = SharedStrings.Of(key.Value);
            lines[i] = key.Line;
            columns[i] = key.Column;
        }
        return FieldPositions.Shared(keys, lines, columns);
    }
}
