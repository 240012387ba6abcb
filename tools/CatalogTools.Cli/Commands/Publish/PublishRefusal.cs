using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Reporting;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>What publish says when it refuses a catalog, and which items --skip-invalid left out. Catalog text is shown with control characters escaped.</summary>
internal static class PublishRefusal
{
    public static void Write(CliConsole console, PublishResult result, bool skipInvalid, Lang lang)
    {
        if (result.Refusal.Count > 0)
        {
            console.Error.WriteLine(Messages.Format(lang, "publish.refused", ("errors", result.Refusal.Count),
                ("advice", Messages.Text(lang, skipInvalid ? "publish.refusedErrorsOfNoItem" : "publish.refusedTrySkipInvalid"))));
            foreach (var d in result.Refusal) console.Error.WriteLine("  " + Line(d, lang));
        }
        if (result.SkippedItems.Count > 0 && result.Channels.Count == 0)
        {
            console.Error.WriteLine(Messages.Format(lang, "publish.itemsHaveCodesThatDo", ("skippedItems", result.SkippedItems.Count)));
            foreach (var item in result.SkippedItems) console.Error.WriteLine("  " + item.In(lang));
        }
    }

    public static void WriteLeftOut(CliConsole console, PublishResult result, Lang lang)
    {
        if (result.LeftOut.Count > 0)
        {
            console.Error.WriteLine(Messages.Format(lang, "publish.skipInvalidItemsWithErrors", ("leftOut", result.LeftOut.Count)));
            foreach (var item in result.LeftOut)
            {
                console.Error.WriteLine($"  {Display.Escape(item.Code)}");
                foreach (var d in item.Errors) console.Error.WriteLine("    " + Line(d, lang));
            }
        }
        foreach (var item in result.SkippedItems)
        {
            console.Error.WriteLine(Messages.Format(lang, "publish.skipInvalidCodesDoNot", ("item", item)));
        }
    }

    internal static string Line(Diagnostic d, Lang lang) =>
        Display.Escape($"{Reporters.PlaceOf(d)}  {SeverityText.Label(d.Severity, lang)} {d.Rule.Id}{(d.Item is null ? "" : $" [{d.Item}]")} {d.FullMessage(lang)}");
}
