namespace CatalogTools.Core.Diagnostics;

/// <summary>
/// What a rule declares once: id, category, default severity and the documentation page. Its title,
/// message and fix templates live in <see cref="Messages"/> under <c>{id}.title</c>, <c>{id}.message</c>
/// and <c>{id}.fix</c>; templates use named placeholders (<c>{region}</c>) filled when a diagnostic is rendered.
/// </summary>
public sealed record RuleDescriptor
{
    public RuleDescriptor(string id, string category, Severity severity)
    {
        Id = id;
        Category = category;
        DefaultSeverity = severity;
        _titleId = id + ".title";
        _messageId = id + ".message";
        _fixId = id + ".fix";
    }

    private readonly string _titleId;
    private readonly string _messageId;
    private readonly string _fixId;

    public string Id { get; }

    public string Category { get; }

    public Severity DefaultSeverity { get; }

    public string HelpLink => $"docs/rules/{Id}.md";

    public string Title(Lang lang) => Messages.Text(lang, _titleId);

    public string MessageTemplate(Lang lang) => Messages.Text(lang, _messageId);

    public string FixTemplate(Lang lang) => Messages.Text(lang, _fixId);

    public string TitleZh => Title(Lang.Zh);

    public string TitleEn => Title(Lang.En);

    public string MessageZh => MessageTemplate(Lang.Zh);

    public string MessageEn => MessageTemplate(Lang.En);

    public string FixZh => FixTemplate(Lang.Zh);

    public string FixEn => FixTemplate(Lang.En);
}
