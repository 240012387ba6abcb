using CatalogTools.Core.Loading;
using CatalogTools.Core.Reporting;

namespace CatalogTools.Cli;

/// <summary>
/// The report context of a run: paths anchored at the repository root, the current directory for
/// text, this build's version, and rule pages — on a CI server the repository's web page of
/// docs/rules when the repository holds them (GitHub Actions, GitLab CI), else the page on this
/// machine (the repository's docs/rules, or the copy packed with the tool).
/// </summary>
public static class ReportContexts
{
    public static ReportContext For(CatalogLocation location, string verb)
    {
        var root = RepositoryRoot.Of(location.CatalogRoot);
        var repoDocs = Path.Combine(root, "docs", "rules");
        var toolDocs = Path.Combine(AppContext.BaseDirectory, "docs", "rules");
        var hasRepoDocs = Directory.Exists(repoDocs);
        var help = new RuleHelp(hasRepoDocs ? WebDocs() : null, hasRepoDocs ? repoDocs : Directory.Exists(toolDocs) ? toolDocs : null);
        return new ReportContext(root, location.CatalogRoot, Directory.GetCurrentDirectory(), verb, ToolVersion, help);
    }

    public static string ToolVersion { get; } = ReportContext.ToolVersionOf(typeof(ReportContexts).Assembly);

    /// <summary>docs/rules of this commit on the CI server's web page, when the run is on one.</summary>
    private static string? WebDocs()
    {
        const string relative = "docs/rules";
        string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;
        if (Env("GITHUB_SERVER_URL") is { } server && Env("GITHUB_REPOSITORY") is { } repo && Env("GITHUB_SHA") is { } sha)
            return $"{server.TrimEnd('/')}/{repo}/blob/{sha}/{relative}";
        if (Env("CI_PROJECT_URL") is { } project && Env("CI_COMMIT_SHA") is { } commit)
            return $"{project.TrimEnd('/')}/-/blob/{commit}/{relative}";
        return null;
    }
}
