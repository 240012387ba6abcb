using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Yaml;

/// <summary>
/// YamlDotNet's parser messages in the words of an editor, Chinese first (both languages via
/// <see cref="MessageTemplateFormatter.Localized"/>), and the column an editor should look at.
/// </summary>
public static class SyntaxErrorText
{
    private static readonly (string English, string Zh, string En)[] Known =
    [
        ("found invalid mapping", "这一行的缩进与同一层级的其他键不一致（同一层级的键必须左对齐）", "this line is indented differently from the other keys of its level (keys of one level must line up)"),
        ("Mapping values are not allowed in this context", "这里不能出现『键: 值』：多半是缩进不对，或值中含有『: 』而未加引号", "a 'key: value' is not allowed here: the indentation is probably wrong, or a value containing ': ' is not quoted"),
        ("did not find expected key", "这一行的缩进不对：它既不属于上一层级，也不与同一层级的键对齐", "this line's indentation is wrong: it neither belongs to the level above nor lines up with its level"),
        ("did not find expected '-' indicator", "列表项的缩进不一致（每项以『- 』开头并左对齐）", "list items are not lined up (each item starts with '- ' at the same indentation)"),
        ("found unexpected end of stream", "引号没有成对，文本直到文件末尾都未结束", "a quote is not closed before the end of the file"),
        ("found wrong indentation", "多行的引号文本缩进不对，或引号没有成对", "a multi-line quoted text is wrongly indented, or its quote is not closed"),
        ("could not find expected ':'", "缺少『:』，或『:』后缺少空格", "a ':' is missing, or the space after it"),
        ("cannot start any token", "这一行以不能开始 YAML 内容的字符开头（如 @ 或 `），请给该值加引号", "this line starts with a character that cannot start YAML content (such as @ or `); quote the value"),
        ("did not find expected ',' or", "行内列表或映射（[ ] 或 { }）没有正确结束", "an inline list or mapping ([ ] or { }) is not closed properly"),
        ("did not find expected node content", "缺少值", "a value is missing"),
    ];

    public static string Tab => MessageTemplateFormatter.Localized("缩进中使用了制表符（Tab），YAML 只允许用空格缩进", "a tab is used for indentation; YAML allows spaces only");

    public static string MultipleDocuments => MessageTemplateFormatter.Localized("一个文件只能有一个 YAML 文档（发现多个 ---）", "only one YAML document per file (found more than one ---)");

    public static string ComplexKey => MessageTemplateFormatter.Localized("键必须是简单文本", "keys must be plain text");

    /// <summary>The problem for a parser exception: its message worded for editors, and the column of the offending key where that is clearer.</summary>
    public static YamlProblem Describe(string parserMessage, int line, int column, string text)
    {
        var english = parserMessage.TrimEnd('.', ' ');
        foreach (var (marker, zh, en) in Known)
        {
            if (!english.Contains(marker, StringComparison.OrdinalIgnoreCase)) continue;
            // The parser points at the ':' of a wrongly indented key; the key itself is where to look.
            if (marker is "found invalid mapping" or "Mapping values are not allowed in this context") column = FirstNonBlank(text, line) ?? column;
            return new YamlProblem(YamlProblemKind.Syntax, line, column, MessageTemplateFormatter.Localized(zh, en));
        }
        // Our own reader's messages are written "中文 / English".
        var split = english.IndexOf(" / ", StringComparison.Ordinal);
        if (split > 0) return new YamlProblem(YamlProblemKind.Syntax, line, column, MessageTemplateFormatter.Localized(english[..split], english[(split + 3)..]));
        return new YamlProblem(YamlProblemKind.Syntax, line, column, MessageTemplateFormatter.Localized($"无法解析（{english}）", english));
    }

    private static int? FirstNonBlank(string text, int line)
    {
        var start = 0;
        for (var l = 1; l < line; l++)
        {
            start = text.IndexOf('\n', start);
            if (start < 0) return null;
            start++;
        }
        for (var i = start; i < text.Length && text[i] != '\n'; i++)
        {
            if (text[i] != ' ') return i - start + 1;
        }
        return null;
    }
}
