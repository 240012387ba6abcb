using CatalogTools.Core.Diagnostics;
using CatalogTools.Excel.Export;
using CatalogTools.Excel.Import;
using CatalogTools.Excel.Layout;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// A finding about a cell quotes the column's input prompt: in Chinese exactly the prompt Excel shows
/// on the cell (written into the form by <see cref="HelpText.Prompt"/>), in English without Chinese
/// outside brackets and quoted values.
/// </summary>
public sealed class CellPromptTests
{
    public static TheoryData<string, string> Columns()
    {
        var data = new TheoryData<string, string>();
        foreach (var sheet in WorkbookLayout.AllDataSheets)
        {
            foreach (var column in sheet.SheetColumns) data.Add(sheet.Name, column.Header);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void The_chinese_prompt_is_the_one_excel_shows(string sheetName, string header)
    {
        var column = WorkbookLayout.AllDataSheets.First(s => s.Name == sheetName).SheetColumns.First(c => c.Header == header);
        var prompt = CellPrompt.Of(column);
        Assert.Equal(HelpText.Prompt(column), prompt.In(Lang.Zh));
        Assert.NotEqual(prompt.In(Lang.Zh), prompt.In(Lang.En));
    }
}
