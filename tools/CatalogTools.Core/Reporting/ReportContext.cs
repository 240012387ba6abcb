namespace CatalogTools.Core.Reporting;

/// <summary>
/// What a report needs beyond the diagnostics: where paths are anchored (the repository root, so a
/// GitHub annotation, a SARIF or GitLab location and a JUnit file open the real file; text names
/// files from the current directory like a compiler does), which verb reported, the tool's version
/// and where each rule's page is.
/// </summary>
public sealed record ReportContext(string RepositoryRoot, string CatalogRoot, string? WorkingDirectory, string Verb, string ToolVersion, RuleHelp Help)
{
    /// <summary>Paths left as the diagnostics carry them (catalog-relative); for callers that know no catalog.</summary>
    public static ReportContext Unanchored(string verb) => new("", "", null, verb, ToolVersionOf(typeof(ReportContext).Assembly), RuleHelp.None);

    /// <summary>A diagnostic's file relative to the repository root, with '/' separators.</summary>
    public string RepoPath(string catalogRelative)
    {
        if (RepositoryRoot.Length == 0) return catalogRelative;
        var full = Path.GetFullPath(Path.Combine(CatalogRoot, catalogRelative));
        return Path.GetRelativePath(RepositoryRoot, full).Replace('\\', '/');
    }

    /// <summary>
    /// A diagnostic's file as a person at a terminal opens it: relative to the current directory when
    /// that is inside the repository (from the root this is the repository path), else absolute.
    /// </summary>
    public string DisplayPath(string catalogRelative)
    {
        if (RepositoryRoot.Length == 0 || WorkingDirectory is null) return RepoPath(catalogRelative);
        var full = Path.GetFullPath(Path.Combine(CatalogRoot, catalogRelative));
        var fromRoot = Path.GetRelativePath(RepositoryRoot, WorkingDirectory);
        var inside = fromRoot == "." || !(fromRoot.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(fromRoot));
        return inside ? Path.GetRelativePath(WorkingDirectory, full).Replace('\\', '/') : full;
    }

    /// <summary>The informational version of an assembly without the source-revision suffix ("1.3.0+abc" → "1.3.0").</summary>
    public static string ToolVersionOf(System.Reflection.Assembly assembly)
    {
        var informational = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(assembly)?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
