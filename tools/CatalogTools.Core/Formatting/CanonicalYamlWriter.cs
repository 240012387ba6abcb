using System.Text;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Core.Formatting;

/// <summary>
/// Writes a YAML tree in the one canonical form every command writes: UTF-8, LF, two-space
/// indentation, block style, keys in schema order, list items indented under their key, scalars
/// plain unless plain would change their meaning, comments kept where they were.
/// </summary>
public sealed class CanonicalYamlWriter(SchemaKeyOrder order)
{
    public string Write(FileKind kind, YNode root)
    {
        var output = new StringBuilder();
        WriteComments(output, root.LeadingComments, 0);
        var cursor = order.Root(kind);
        switch (root.Kind)
        {
            case YKind.Mapping:
                WriteMapping(output, root, 0, cursor);
                break;
            case YKind.Sequence:
                WriteSequence(output, root, 0, cursor);
                break;
            default:
                output.Append(ScalarText.Format(root)).Append('\n');
                break;
        }
        WriteComments(output, root.EndComments, 0);
        return output.ToString();
    }

    private void WriteMapping(StringBuilder output, YNode mapping, int indent, SchemaKeyOrder.Cursor cursor, bool firstInlined = false)
    {
        var pairs = mapping.Pairs
            .Select((pair, position) => (pair, position))
            .OrderBy(x => cursor.Rank(x.pair.Key.Value))
            .ThenBy(x => x.position)
            .Select(x => x.pair)
            .ToList();
        for (var i = 0; i < pairs.Count; i++)
        {
            var (key, value) = pairs[i];
            var inline = firstInlined && i == 0;
            if (!inline) WriteComments(output, key.LeadingComments, indent);
            if (!inline) output.Append(' ', indent);
            output.Append(ScalarText.FormatKey(key.Value)).Append(':');
            var child = cursor.Property(key.Value);
            WriteValue(output, value, indent, child);
        }
    }

    private void WriteValue(StringBuilder output, YNode value, int indent, SchemaKeyOrder.Cursor cursor)
    {
        switch (value.Kind)
        {
            case YKind.Scalar:
                output.Append(' ').Append(ScalarText.Format(value));
                AppendTrailing(output, value);
                output.Append('\n');
                break;
            case YKind.Mapping when value.Pairs.Count == 0:
                output.Append(" {}\n");
                break;
            case YKind.Sequence when value.Items.Count == 0:
                output.Append(" []\n");
                break;
            case YKind.Mapping:
                output.Append('\n');
                WriteComments(output, value.LeadingComments, indent + 2);
                WriteMapping(output, value, indent + 2, cursor);
                break;
            default:
                output.Append('\n');
                WriteComments(output, value.LeadingComments, indent + 2);
                WriteSequence(output, value, indent + 2, cursor);
                break;
        }
    }

    private void WriteSequence(StringBuilder output, YNode sequence, int indent, SchemaKeyOrder.Cursor cursor)
    {
        var itemCursor = cursor.Items();
        foreach (var item in sequence.Items)
        {
            WriteComments(output, item.LeadingComments, indent);
            output.Append(' ', indent).Append('-');
            switch (item.Kind)
            {
                case YKind.Scalar:
                    output.Append(' ').Append(ScalarText.Format(item));
                    AppendTrailing(output, item);
                    output.Append('\n');
                    break;
                case YKind.Mapping when item.Pairs.Count > 0:
                    output.Append(' ');
                    WriteMapping(output, item, indent + 2, itemCursor, firstInlined: true);
                    break;
                case YKind.Mapping:
                    output.Append(" {}\n");
                    break;
                case YKind.Sequence when item.Items.Count == 0:
                    output.Append(" []\n");
                    break;
                default:
                    output.Append('\n');
                    WriteSequence(output, item, indent + 2, itemCursor);
                    break;
            }
        }
    }

    private static void AppendTrailing(StringBuilder output, YNode node)
    {
        if (node.TrailingComment is not null) output.Append(" #").Append(CommentText(node.TrailingComment));
    }

    /// <summary>The parser drops the space after '#'; canonical comments have exactly one.</summary>
    private static string CommentText(string comment)
    {
        var text = comment.Trim();
        return text.Length == 0 ? "" : " " + text;
    }

    private static void WriteComments(StringBuilder output, List<string>? comments, int indent)
    {
        if (comments is null) return;
        foreach (var comment in comments)
        {
            output.Append(' ', indent).Append('#').Append(CommentText(comment)).Append('\n');
        }
    }
}
