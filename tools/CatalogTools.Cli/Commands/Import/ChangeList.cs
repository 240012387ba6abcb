using CatalogTools.Core.Diagnostics;
using CatalogTools.Excel.Import;

namespace CatalogTools.Cli.Commands.Import;

/// <summary>What import writes (or would write with --dry-run): each file and its element changes.</summary>
public static class ChangeList
{
    public static void Write(TextWriter output, ImportPlan plan, bool dryRun, Lang lang)
    {
        foreach (var change in plan.Changes)
        {
            var verb = Messages.Text(lang, change.IsNew ? "import.new" : "import.changed");
            output.WriteLine($"{verb} {change.Path} [{change.Code}]");
            foreach (var element in change.Elements) output.WriteLine("  " + element.Describe(lang));
        }
        // Deletions beyond the policy's share, allowed by --allow-deletions: listed apart so a reviewer sees them.
        foreach (var d in plan.Deletions)
        {
            var list = DeletionGuard.ListName(d.List, lang);
            output.WriteLine(Messages.Format(lang, "import.deletion", ("path", d.Path), ("code", d.Code), ("list", list), ("removed", d.Removed.Count), ("total", d.Total),
                ("names", string.Join(Messages.Text(lang, "list.separator"), d.Removed.Select(n => Messages.Format(lang, "list.quoted", ("name", n)))))));
        }
        var count = plan.Changes.Count;
        output.WriteLine(Messages.Format(lang, dryRun ? "import.dryRunSummary" : "import.writtenSummary", ("items", plan.Items), ("count", count)));
    }
}
