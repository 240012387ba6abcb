using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Checking;

/// <summary>
/// The figures every output format ends with. <see cref="RegistryEntries"/> is null when the verb
/// does not look at the registries (lock, audit); <see cref="Coverage"/> says in words what a verb
/// covered when that is not the catalog's files (check's own wording is the default).
/// </summary>
public sealed record CheckSummary(
    int Files,
    int StandardItems,
    int Implementations,
    int? RegistryEntries,
    int Errors,
    int Warnings,
    int Infos,
    int Suppressed,
    int Rules,
    IReadOnlyDictionary<string, int> FilesByKind)
{
    public SummaryCoverage? Coverage { get; init; }
}

/// <summary>
/// What one run covered, as the opening of the summary line ("核对了 275 个事项文件…"), with a
/// stable scope name for machine formats ("lock", "audit"). Without it a summary covers the catalog.
/// </summary>
public sealed record SummaryCoverage(string Scope, string Zh, string En)
{
    public const string CatalogScope = "catalog";

    public string Text(Lang lang) => lang == Lang.Zh ? Zh : En;
}
