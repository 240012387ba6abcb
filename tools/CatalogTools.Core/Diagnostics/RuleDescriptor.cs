namespace CatalogTools.Core.Diagnostics;

/// <summary>
/// Everything a rule declares once: id, titles, message and fix templates in both languages,
/// category, default severity and the documentation page. Templates use named placeholders
/// (<c>{region}</c>) filled when a diagnostic is rendered.
/// </summary>
public sealed record RuleDescriptor(
    string Id,
    string TitleZh,
    string TitleEn,
    string Category,
    Severity DefaultSeverity,
    string MessageZh,
    string MessageEn,
    string FixZh,
    string FixEn)
{
    public string HelpLink => $"docs/rules/{Id}.md";

    public string Title(Lang lang) => lang == Lang.Zh ? TitleZh : TitleEn;

    public string MessageTemplate(Lang lang) => lang == Lang.Zh ? MessageZh : MessageEn;

    public string FixTemplate(Lang lang) => lang == Lang.Zh ? FixZh : FixEn;
}
