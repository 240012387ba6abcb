using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Yaml;

/// <summary>
/// YamlDotNet's parser messages in the words of an editor, Chinese first (both languages via
/// <see cref="MessageTemplateFormatter.Localized"/>), and the column an editor should look at.
/// </summary>
public static class SyntaxErrorText
{
    /// <summary>A marker of YamlDotNet's English message and the message that words it for editors.</summary>
    private static readonly (string English, string MessageId)[] Known =
    [
        ("found invalid mapping", "yaml.invalidMapping"),
        ("Mapping values are not allowed in this context", "yaml.mappingValueNotAllowed"),
        ("did not find expected key", "yaml.keyNotLinedUp"),
        ("did not find expected '-' indicator", "yaml.listItemsNotLinedUp"),
        ("found unexpected end of stream", "yaml.quoteNotClosed"),
        ("found wrong indentation", "yaml.multiLineQuoteIndented"),
        ("could not find expected ':'", "yaml.colonMissing"),
        ("cannot start any token", "yaml.cannotStartToken"),
        ("did not find expected ',' or", "yaml.inlineNotClosed"),
        ("did not find expected node content", "yaml.valueMissing"),
    ];

    public static MessageText Tab => new("yaml.tab");

    public static MessageText MultipleDocuments => new("yaml.multipleDocuments");

    public static MessageText ComplexKey => new("yaml.complexKey");

    /// <summary>The message our own reader throws for an alias without its anchor (worded by <see cref="Describe"/>).</summary>
    public static string UndefinedAlias(string alias) => UndefinedAliasMarker + alias;

    /// <summary>The message our own reader throws for content it does not expect.</summary>
    public static string Unexpected(string what) => UnexpectedMarker + what;

    private const string UndefinedAliasMarker = "undefined alias *";

    private const string UnexpectedMarker = "unexpected content: ";

    /// <summary>The problem for a parser exception: its message worded for editors, and the column of the offending key where that is clearer.</summary>
    public static YamlProblem Describe(string parserMessage, int line, int column, string text)
    {
        var english = parserMessage.TrimEnd('.', ' ');
        foreach (var (marker, id) in Known)
        {
            if (!english.Contains(marker, StringComparison.OrdinalIgnoreCase)) continue;
            // The parser points at the ':' of a wrongly indented key; the key itself is where to look.
            if (marker is "found invalid mapping" or "Mapping values are not allowed in this context") column = FirstNonBlank(text, line) ?? column;
            return new YamlProblem(YamlProblemKind.Syntax, line, column, new MessageText(id));
        }
        if (english.StartsWith(UndefinedAliasMarker, StringComparison.Ordinal))
            return new YamlProblem(YamlProblemKind.Syntax, line, column, new MessageText("yaml.undefinedAlias", ("alias", english[UndefinedAliasMarker.Length..])));
        if (english.StartsWith(UnexpectedMarker, StringComparison.Ordinal))
            return new YamlProblem(YamlProblemKind.Syntax, line, column, new MessageText("yaml.unexpectedContent", ("what", english[UnexpectedMarker.Length..])));
        return new YamlProblem(YamlProblemKind.Syntax, line, column, new MessageText("yaml.cannotParse", ("parserMessage", english)));
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
