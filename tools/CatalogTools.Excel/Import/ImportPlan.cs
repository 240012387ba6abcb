using CatalogTools.Core.Checking;
using CatalogTools.Core.Comparison;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Schema;

namespace CatalogTools.Excel.Import;

/// <summary>One file import would write: new or changed, its new canonical text and the element changes a reviewer reads.</summary>
public sealed record FileChange(string Path, FileKind Kind, string Code, bool IsNew, string Text, IReadOnlyList<ElementChange> Elements);

/// <summary>
/// What importing a workbook amounts to: the files to write (only those whose content changed),
/// every problem found (workbook problems and check's findings in the changed files, each with its
/// cell), and figures for the summary line. Nothing is written while the plan has errors.
/// </summary>
public sealed record ImportPlan(IReadOnlyList<FileChange> Changes, IReadOnlyList<Diagnostic> Diagnostics, CheckSummary Summary, int Items)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Lists that lose more than the allowed share of their entries (allowed only with --allow-deletions), for the dry run to list.</summary>
    public IReadOnlyList<ListDeletion> Deletions { get; init; } = [];
}
