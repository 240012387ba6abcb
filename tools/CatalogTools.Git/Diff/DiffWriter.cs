using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Git.Diff;

/// <summary>
/// Writes a <see cref="CatalogDiff"/> as plain text or as Markdown for a pull-request comment.
/// Catalog text is data: in Markdown every value is escaped so it can never become markup.
/// Long impact lists are cut (with the count) so a comment stays readable.
/// </summary>
public static class DiffWriter
{
    public const int ListLimit = 50;

    public static void Write(TextWriter output, CatalogDiff diff, Lang lang, bool markdown)
    {
        string E(string s) => markdown ? Markdown.Escape(s) : s;
        string H(int level, string s) => markdown ? new string('#', level) + " " + s : s;
        var bullet = markdown ? "- " : "  ";

        output.WriteLine(H(2, Messages.Format(lang, "diff.catalogChange", ("from", E(diff.From)), ("to", E(diff.To)))));
        if (diff.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine(Messages.Text(lang, "diff.noItemOrRegistryChanged"));
            return;
        }
        var added = diff.Items.Count(i => i.Kind == ItemChangeKind.Added);
        var removed = diff.Items.Count(i => i.Kind == ItemChangeKind.Removed);
        var retired = diff.Items.Count(i => i.Kind == ItemChangeKind.Retired);
        var modified = diff.Items.Count - added - removed - retired;
        var s = diff.Summary;
        output.WriteLine();
        output.WriteLine(Messages.Format(lang, "diff.itemsAddedRemovedRetiredChanged", ("bullet", bullet), ("added", added), ("removed", removed), ("retired", retired), ("modified", modified)));
        output.WriteLine(Messages.Format(lang, "diff.materialsAddedRemovedStepsAdded", ("bullet", bullet), ("materialsAdded", s.MaterialsAdded), ("materialsRemoved", s.MaterialsRemoved), ("stepsAdded", s.StepsAdded), ("stepsRemoved", s.StepsRemoved)));
        var delta = s.PromisedDaysAfter - s.PromisedDaysBefore;
        output.WriteLine(Messages.Format(lang, "diff.promisedDays", ("bullet", bullet), ("before", s.PromisedDaysBefore), ("after", s.PromisedDaysAfter), ("delta", $"{delta:+0;-0;0}")));

        output.WriteLine();
        output.WriteLine(H(3, Messages.Text(lang, "diff.items")));
        foreach (var item in diff.Items)
        {
            output.WriteLine();
            var layer = Messages.Text(lang, item.IsBundle ? "diff.bundle" : item.IsStandard ? "diff.standard" : "diff.implementation");
            var code = markdown ? $"`{item.Code}`" : item.Code;
            output.WriteLine($"{(markdown ? "#### " : "")}{KindWord(item.Kind, lang)} {layer} {code} {E(item.Name)}");
            foreach (var change in item.Changes) output.WriteLine($"{bullet}{E(change.Describe(lang))}");
        }
        if (diff.Registries.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(H(3, Messages.Text(lang, "diff.registries")));
            foreach (var r in diff.Registries)
            {
                output.WriteLine(Messages.Format(lang, "diff.addedRemovedEdited", ("bullet", bullet), ("file", E(r.File)), ("added", E(Join(r.Added))), ("removed", E(Join(r.Removed))), ("edited", E(Join(r.Edited)))));
            }
        }
        if (diff.Unreadable.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(H(3, Messages.Text(lang, "diff.unreadableFilesRunCatalogCheck")));
            foreach (var f in diff.Unreadable) output.WriteLine($"{bullet}{E(f)}");
        }

        var impact = diff.Impact;
        output.WriteLine();
        output.WriteLine(H(3, Messages.Text(lang, "diff.impact")));
        output.WriteLine(Messages.Format(lang, "diff.regions", ("bullet", bullet), ("count", impact.Regions.Count),
            ("regions", E(Cut(impact.Regions.Select(r => r.Name.Length > 0 ? Messages.Format(lang, "diff.regionWithCode", ("name", r.Name), ("code", r.Code)) : r.Code).ToList(), lang)))));
        output.WriteLine(Messages.Format(lang, "diff.implementations", ("bullet", bullet), ("implementations", impact.Implementations.Count), ("list", E(Cut(impact.Implementations, lang)))));
        output.WriteLine(Messages.Format(lang, "diff.channelPagesToRepublish", ("bullet", bullet), ("pages", impact.Pages.Count), ("list", E(Cut(impact.Pages, lang)))));
    }

    private static string KindWord(ItemChangeKind kind, Lang lang) => Messages.Text(lang, kind switch
    {
        ItemChangeKind.Added => "diff.kind.added",
        ItemChangeKind.Removed => "diff.kind.removed",
        ItemChangeKind.Retired => "diff.kind.retired",
        ItemChangeKind.Reactivated => "diff.kind.reactivated",
        _ => "diff.kind.changed",
    });

    private static string Join(IReadOnlyList<string> keys) => keys.Count == 0 ? "—" : string.Join("、", keys);

    private static string Cut(IReadOnlyList<string> values, Lang lang)
    {
        if (values.Count == 0) return "—";
        var shown = string.Join(Messages.Text(lang, "list.separator"), values.Take(ListLimit));
        return values.Count <= ListLimit ? shown : shown + Messages.Format(lang, "diff.more", ("count", values.Count - ListLimit));
    }
}

/// <summary>Makes catalog text inert in Markdown (GitHub-flavoured): HTML and Markdown punctuation escaped.</summary>
public static class Markdown
{
    public static string Escape(string text)
    {
        var output = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '&': output.Append("&amp;"); break;
                case '\r': break;
                case '\n': output.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    output.Append('\\').Append(c);
                    break;
                default: output.Append(c); break;
            }
        }
        return output.ToString();
    }
}
