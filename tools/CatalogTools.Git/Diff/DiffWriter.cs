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
        var zh = lang == Lang.Zh;
        string E(string s) => markdown ? Markdown.Escape(s) : s;
        string H(int level, string s) => markdown ? new string('#', level) + " " + s : s;
        var bullet = markdown ? "- " : "  ";

        output.WriteLine(H(2, zh ? $"目录变更：{E(diff.From)} → {E(diff.To)}" : $"Catalog change: {E(diff.From)} → {E(diff.To)}"));
        if (diff.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine(zh ? "没有事项或登记表发生变化。" : "No item or registry changed.");
            return;
        }
        var added = diff.Items.Count(i => i.Kind == ItemChangeKind.Added);
        var removed = diff.Items.Count(i => i.Kind == ItemChangeKind.Removed);
        var retired = diff.Items.Count(i => i.Kind == ItemChangeKind.Retired);
        var modified = diff.Items.Count - added - removed - retired;
        var s = diff.Summary;
        output.WriteLine();
        output.WriteLine(zh
            ? $"{bullet}事项：新增 {added}，删除 {removed}，停用 {retired}，修改 {modified}"
            : $"{bullet}items: {added} added, {removed} removed, {retired} retired, {modified} changed");
        output.WriteLine(zh
            ? $"{bullet}申请材料：增加 {s.MaterialsAdded}，删除 {s.MaterialsRemoved}；办理环节：增加 {s.StepsAdded}，删除 {s.StepsRemoved}"
            : $"{bullet}materials: {s.MaterialsAdded} added, {s.MaterialsRemoved} removed; steps: {s.StepsAdded} added, {s.StepsRemoved} removed");
        var delta = s.PromisedDaysAfter - s.PromisedDaysBefore;
        output.WriteLine(zh
            ? $"{bullet}承诺办结时限合计（变更的实施清单）：{s.PromisedDaysBefore} → {s.PromisedDaysAfter} 天（{delta:+0;-0;0}）"
            : $"{bullet}promised time limits in total (changed implementations): {s.PromisedDaysBefore} → {s.PromisedDaysAfter} days ({delta:+0;-0;0})");

        output.WriteLine();
        output.WriteLine(H(3, zh ? "事项" : "Items"));
        foreach (var item in diff.Items)
        {
            output.WriteLine();
            var layer = item.IsBundle ? (zh ? "一件事" : "bundle") : item.IsStandard ? (zh ? "标准事项" : "standard") : (zh ? "实施清单" : "implementation");
            var code = markdown ? $"`{item.Code}`" : item.Code;
            output.WriteLine($"{(markdown ? "#### " : "")}{KindWord(item.Kind, lang)} {layer} {code} {E(item.Name)}");
            foreach (var change in item.Changes) output.WriteLine($"{bullet}{E(change.Describe(lang))}");
        }
        if (diff.Registries.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(H(3, zh ? "登记表" : "Registries"));
            foreach (var r in diff.Registries)
            {
                output.WriteLine(zh
                    ? $"{bullet}{E(r.File)}：新增 {E(Join(r.Added))}；删除 {E(Join(r.Removed))}；修改 {E(Join(r.Edited))}"
                    : $"{bullet}{E(r.File)}: added {E(Join(r.Added))}; removed {E(Join(r.Removed))}; edited {E(Join(r.Edited))}");
            }
        }
        if (diff.Unreadable.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(H(3, zh ? "无法读取的文件（运行 catalog check 查看原因）" : "Unreadable files (run catalog check)"));
            foreach (var f in diff.Unreadable) output.WriteLine($"{bullet}{E(f)}");
        }

        var impact = diff.Impact;
        output.WriteLine();
        output.WriteLine(H(3, zh ? "影响范围" : "Impact"));
        output.WriteLine(zh
            ? $"{bullet}区划 {impact.Regions.Count} 个：{E(Cut(impact.Regions.Select(r => r.Name.Length > 0 ? $"{r.Name}（{r.Code}）" : r.Code).ToList(), lang))}"
            : $"{bullet}{impact.Regions.Count} regions: {E(Cut(impact.Regions.Select(r => r.Name.Length > 0 ? $"{r.Name} ({r.Code})" : r.Code).ToList(), lang))}");
        output.WriteLine(zh
            ? $"{bullet}实施清单 {impact.Implementations.Count} 项：{E(Cut(impact.Implementations, lang))}"
            : $"{bullet}{impact.Implementations.Count} implementations: {E(Cut(impact.Implementations, lang))}");
        output.WriteLine(zh
            ? $"{bullet}需重新发布的渠道页面 {impact.Pages.Count} 个：{E(Cut(impact.Pages, lang))}"
            : $"{bullet}{impact.Pages.Count} channel pages to republish: {E(Cut(impact.Pages, lang))}");
    }

    private static string KindWord(ItemChangeKind kind, Lang lang) => (kind, lang) switch
    {
        (ItemChangeKind.Added, Lang.Zh) => "【新增】",
        (ItemChangeKind.Removed, Lang.Zh) => "【删除】",
        (ItemChangeKind.Retired, Lang.Zh) => "【停用】",
        (ItemChangeKind.Reactivated, Lang.Zh) => "【恢复在用】",
        (_, Lang.Zh) => "【修改】",
        (ItemChangeKind.Added, _) => "[added]",
        (ItemChangeKind.Removed, _) => "[removed]",
        (ItemChangeKind.Retired, _) => "[retired]",
        (ItemChangeKind.Reactivated, _) => "[reactivated]",
        _ => "[changed]",
    };

    private static string Join(IReadOnlyList<string> keys) => keys.Count == 0 ? "—" : string.Join("、", keys);

    private static string Cut(IReadOnlyList<string> values, Lang lang)
    {
        if (values.Count == 0) return "—";
        var shown = string.Join(lang == Lang.Zh ? "、" : ", ", values.Take(ListLimit));
        return values.Count <= ListLimit ? shown : shown + (lang == Lang.Zh ? $" 等（另有 {values.Count - ListLimit} 个）" : $" … ({values.Count - ListLimit} more)");
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
