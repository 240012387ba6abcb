using System.Text.Json;
using System.Text.RegularExpressions;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Excel.Layout;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// With --lang en the workbook rules (CAT0150–CAT0199) speak English throughout. Chinese appears
/// only in brackets after an English name, as the text to look for in the (Chinese) workbook,
/// and in what the office typed.
/// </summary>
public sealed partial class EnglishMessageTests
{
    [Fact]
    public void EveryWorkbookRuleIsWordedInEnglish()
    {
        Assert.NotEmpty(WorkbookRules.All);
        foreach (var rule in WorkbookRules.All)
        {
            Assert.InRange(string.CompareOrdinal(rule.Id, "CAT0150"), 0, int.MaxValue);
            Assert.InRange(string.CompareOrdinal(rule.Id, "CAT0199"), int.MinValue, 0);
            foreach (var text in new[] { rule.TitleEn, rule.MessageEn, rule.FixEn })
            {
                Assert.False(HasChineseOutsideBrackets(text), $"{rule.Id}: {text}");
            }
        }
    }

    [Fact]
    public void EverySheetHeaderAndFixedValueHasAnEnglishName() => Assert.Empty(EnglishNames.Missing());

    [Fact]
    public void ImportFindingsReadInEnglish()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        int copiesRow = 0, last = 0;
        Forms.Edit(workbook, wb =>
        {
            var materials = wb.Worksheet("申请材料");
            var row = Forms.Row(materials, "CJ00101001", "材料名称", "权属证据材料");
            row.Cell(Forms.Column(materials, "份数")).Value = "two";
            row.Cell(Forms.Column(materials, "是否必要")).Value = "must";
            copiesRow = row.RowNumber();
            materials.Cell(1, materials.LastColumnUsed()!.ColumnNumber() + 1).Value = "remarks";
            last = materials.LastRowUsed()!.RowNumber();
            materials.Cell(last + 1, Forms.Column(materials, "材料名称")).Value = "orphan";
            materials.Row(last + 2).Cell(1).Value = "XX99999999";
            materials.Row(last + 2).Cell(Forms.Column(materials, "材料名称")).Value = "something";
            var guide = wb.Worksheet("办事指南");
            guide.Cell(guide.LastRowUsed()!.RowNumber() + 1, 1).Value = "CJ00101001";
            guide.Cell(guide.LastRowUsed()!.RowNumber(), Forms.Column(guide, "要素")).Value = "other";
            var items = wb.Worksheet("事项目录");
            Forms.Row(items, "CJ00101001").Cell(Forms.Column(items, "停用日期")).Value = "soon";
            Forms.Row(items, "CJ00101001").Cell(Forms.Column(items, "类别")).Value = "both";
        });
        var outcome = Forms.Import(catalog, workbook, "--lang", "en", "--format", "json");
        Assert.Equal(1, outcome.ExitCode);
        using var document = JsonDocument.Parse(outcome.Out[..(outcome.Out.LastIndexOf('}') + 1)]);
        var messages = document.RootElement.GetProperty("diagnostics").EnumerateArray()
            .ToDictionary(d => d.GetProperty("place").GetString()! + " " + d.GetProperty("rule").GetString(), d => d.GetProperty("message").GetString()!);
        Assert.Equal(
            "'two' in column 'copies (份数)' is not a whole number. Fix: rewrite the cell as the how-to sheet (填表说明) describes",
            messages[$"申请材料!E{copiesRow} CAT0159"]);
        Assert.Contains(messages, m => m.Key.EndsWith("CAT0151", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Key.EndsWith("CAT0155", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Key.EndsWith("CAT0157", StringComparison.Ordinal));
        Assert.True(messages.Count(m => m.Key.EndsWith("CAT0159", StringComparison.Ordinal)) >= 5, string.Join("\n", messages));
        foreach (var (place, message) in messages)
        {
            Assert.False(HasChineseOutsideBrackets(message), $"{place}: {message}");
        }
    }

    /// <summary>Chinese left after removing bracketed text and placeholders.</summary>
    private static bool HasChineseOutsideBrackets(string text) =>
        Cjk().IsMatch(Brackets().Replace(Placeholder().Replace(text, ""), ""));

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex Cjk();
}
