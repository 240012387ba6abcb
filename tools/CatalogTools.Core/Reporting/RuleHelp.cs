namespace CatalogTools.Core.Reporting;

/// <summary>
/// Where each rule's page (docs/rules/CATxxxx.md) is: a web address when the run knows the
/// repository's web home (a CI server), else the page on this machine (the repository's docs/rules
/// or the copy shipped with the tool). The page's Markdown is read from the local copy.
/// </summary>
public sealed class RuleHelp(string? webBase, string? localDirectory)
{
    public static RuleHelp None { get; } = new(null, null);

    /// <summary>An absolute URI of the rule's page, or null when no page is known.</summary>
    public string? Uri(string ruleId)
    {
        if (webBase is not null) return webBase.TrimEnd('/') + "/" + ruleId + ".md";
        var local = LocalPage(ruleId);
        return local is null ? null : new Uri(local).AbsoluteUri;
    }

    /// <summary>The page's Markdown, or null.</summary>
    public string? Markdown(string ruleId)
    {
        var local = LocalPage(ruleId);
        return local is null ? null : File.ReadAllText(local, System.Text.Encoding.UTF8);
    }

    private string? LocalPage(string ruleId)
    {
        if (localDirectory is null) return null;
        var page = Path.Combine(localDirectory, ruleId + ".md");
        return File.Exists(page) ? Path.GetFullPath(page) : null;
    }
}
