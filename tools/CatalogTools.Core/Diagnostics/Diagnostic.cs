namespace CatalogTools.Core.Diagnostics;

/// <summary>
/// One finding: which rule, how serious, where (file relative to the catalog root, 1-based line
/// and column), which item, and the values that fill the rule's message template (plain text, or
/// a message worded in the reader's language).
/// </summary>
public sealed record Diagnostic(
    RuleDescriptor Rule,
    Severity Severity,
    string File,
    int Line,
    int Column,
    string? Item,
    IReadOnlyDictionary<string, MessageArgument> Arguments)
{
    /// <summary>Where a diagnostic points when it is not in a catalog file (e.g. a spreadsheet cell).</summary>
    public string? Place { get; init; }

    public string Message(Lang lang) => MessageTemplateFormatter.Format(Rule.MessageTemplate(lang), Arguments, lang);

    public string Fix(Lang lang) => MessageTemplateFormatter.Format(Rule.FixTemplate(lang), Arguments, lang);

    /// <summary>Message and fix in one sentence, as every output format prints them.</summary>
    public string FullMessage(Lang lang)
    {
        var fix = Fix(lang);
        if (fix.Length == 0)
        {
            return Message(lang);
        }
        return Messages.Format(lang, "diagnostic.messageAndFix", ("message", Message(lang)), ("fix", fix));
    }

    public static readonly IReadOnlyDictionary<string, MessageArgument> NoArguments = new Dictionary<string, MessageArgument>();
}
