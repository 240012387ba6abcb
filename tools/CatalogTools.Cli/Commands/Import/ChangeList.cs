using CatalogTools.Core.Diagnostics;
using CatalogTools.Excel.Import;

namespace CatalogTools.Cli.Commands.Import;

/// <summary>What import writes (or would write with --dry-run): each file and its element changes.</summary>
public static class ChangeList
{
    public static void Write(TextWriter output, ImportPlan plan, bool dryRun, Lang lang)
    {
        var zh = lang == Lang.Zh;
        foreach (var change in plan.Changes)
        {
            var verb = change.IsNew ? (zh ? "新增" : "new") : (zh ? "修改" : "changed");
            output.WriteLine($"{verb} {change.Path} [{change.Code}]");
            foreach (var element in change.Elements) output.WriteLine("  " + element.Describe(lang));
        }
        // Deletions beyond the policy's share, allowed by --allow-deletions: listed apart so a reviewer sees them.
        foreach (var d in plan.Deletions)
        {
            var list = DeletionGuard.ListName(d.List, lang);
            output.WriteLine(zh
                ? $"删除 {d.Path} [{d.Code}] {list} {d.Removed.Count}/{d.Total} 项：{string.Join("、", d.Removed.Select(n => $"『{n}』"))}"
                : $"delete {d.Path} [{d.Code}] {d.Removed.Count} of {d.Total} {list}: {string.Join(", ", d.Removed.Select(n => $"'{n}'"))}");
        }
        var count = plan.Changes.Count;
        output.WriteLine(zh
            ? (dryRun ? $"试运行：工作簿中 {plan.Items} 个事项，将写入 {count} 个文件（未写入）。" : $"工作簿中 {plan.Items} 个事项，已写入 {count} 个文件。")
            : (dryRun ? $"dry run: {plan.Items} items in the workbook, {count} files would be written (nothing written)." : $"{plan.Items} items in the workbook, {count} files written."));
    }
}
