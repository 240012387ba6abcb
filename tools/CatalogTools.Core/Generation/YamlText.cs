using System.Text;
using CatalogTools.Core.Formatting;

namespace CatalogTools.Core.Generation;

/// <summary>Appends canonical YAML lines quickly, for writing a million files without building trees.</summary>
internal sealed class YamlText
{
    private readonly StringBuilder _sb = new(2048);

    public YamlText Line(int indent, string text)
    {
        _sb.Append(' ', indent).Append(text).Append('\n');
        return this;
    }

    public YamlText Pair(int indent, string key, string value) => Line(indent, key + ": " + ScalarText.FormatString(value));

    public YamlText Raw(int indent, string key, string value) => Line(indent, key + ": " + value);

    public YamlText Item(int indent, string value) => Line(indent, "- " + ScalarText.FormatString(value));

    public override string ToString() => _sb.ToString();
}
