using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Reporting;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>What publish says when it refuses a catalog, and which items --skip-invalid left out. Catalog text is shown with control characters escaped.</summary>
internal static class PublishRefusal
{
    public static void Write(CliConsole console, PublishResult result, bool skipInvalid, Lang lang)
    {
        var zh = lang == Lang.Zh;
        if (result.Refusal.Count > 0)
        {
            console.Error.WriteLine(zh
                ? $"目录有 {result.Refusal.Count} 个错误，未发布（未写入任何文件）。修正后再发布；" + (skipInvalid ? "这些错误不属于某一事项（登记表或 policy.yaml），--skip-invalid 不能跳过。" : "或用 --skip-invalid 只发布没有错误的事项。")
                : $"the catalog has {result.Refusal.Count} errors; nothing was published (no file written). Fix them first" + (skipInvalid ? "; these errors belong to no item (a registry or policy.yaml), so --skip-invalid cannot leave them out." : ", or publish only the items without errors with --skip-invalid."));
            foreach (var d in result.Refusal) console.Error.WriteLine("  " + Line(d, lang));
        }
        if (result.SkippedItems.Count > 0 && result.Channels.Count == 0)
        {
            console.Error.WriteLine(zh
                ? $"{result.SkippedItems.Count} 个事项的编码不符合编码方案，不能用作文件名或链接，未发布（未写入任何文件）："
                : $"{result.SkippedItems.Count} items have codes that do not fit their schemes and cannot become file names or links; nothing was published (no file written):");
            foreach (var item in result.SkippedItems) console.Error.WriteLine("  " + item);
        }
    }

    public static void WriteLeftOut(CliConsole console, PublishResult result, Lang lang)
    {
        var zh = lang == Lang.Zh;
        if (result.LeftOut.Count > 0)
        {
            console.Error.WriteLine(zh ? $"--skip-invalid：{result.LeftOut.Count} 个事项有错误，未发布：" : $"--skip-invalid: {result.LeftOut.Count} items with errors were left out:");
            foreach (var item in result.LeftOut)
            {
                console.Error.WriteLine($"  {Display.Escape(item.Code)}");
                foreach (var d in item.Errors) console.Error.WriteLine("    " + Line(d, lang));
            }
        }
        foreach (var item in result.SkippedItems)
        {
            console.Error.WriteLine(zh ? $"--skip-invalid：编码不符合编码方案，未发布 {item}" : $"--skip-invalid: codes do not fit their schemes, left out {item}");
        }
    }

    internal static string Line(Diagnostic d, Lang lang) =>
        Display.Escape($"{Reporters.PlaceOf(d)}  {SeverityText.Label(d.Severity, lang)} {d.Rule.Id}{(d.Item is null ? "" : $" [{d.Item}]")} {d.FullMessage(lang)}");
}
