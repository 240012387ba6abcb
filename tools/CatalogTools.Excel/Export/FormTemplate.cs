using ClosedXML.Excel;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Export;

/// <summary>
/// The forms' look, made with ClosedXML: sheets, Chinese headers, frozen header rows, explicit
/// widths, drop-downs for every vocabulary, grey read-only-looking code columns, 填表说明 and the
/// hidden sheet. Row 2 of each data sheet is a style row: <see cref="RowStreamer"/> copies its
/// cell styles onto the streamed data rows and drops it.
/// </summary>
public static class FormTemplate
{
    public const int StyleRow = 2;

    public static MemoryStream Build()
    {
        using var workbook = new XLWorkbook();
        foreach (var sheet in WorkbookLayout.DataSheets) AddDataSheet(workbook, sheet);
        AddHelp(workbook);
        var meta = workbook.AddWorksheet(WorkbookLayout.MetaSheet);
        meta.Cell(1, 1).Value = "";
        meta.Column(1).Width = 40;
        meta.Column(2).Width = 60;
        meta.Visibility = XLWorksheetVisibility.Hidden;
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    private static void AddDataSheet(XLWorkbook workbook, SheetSpec spec)
    {
        var ws = workbook.AddWorksheet(spec.Name);
        for (var i = 0; i < spec.Columns.Count; i++)
        {
            var column = spec.Columns[i];
            var header = ws.Cell(1, i + 1);
            header.Value = column.Header;
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = XLColor.FromArgb(0xDD, 0xEB, 0xF7);
            header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            header.Style.Alignment.WrapText = true;
            ws.Column(i + 1).Width = column.Width;

            var style = ws.Cell(StyleRow, i + 1);
            style.Style.NumberFormat.Format = column.Kind is CellKind.Integer or CellKind.Number ? "General" : "@";
            style.Style.Alignment.WrapText = column.Kind == CellKind.Text;
            style.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            if (column.IsCode || column.Header == WorkbookLayout.KindHeader)
            {
                style.Style.Fill.BackgroundColor = XLColor.FromArgb(0xEE, 0xEE, 0xEE);
                style.Style.Font.FontColor = XLColor.FromArgb(0x59, 0x59, 0x59);
            }
            // The style row must hold something for ClosedXML to write its cells.
            style.Value = " ";
            if (column.Choices is { Count: > 0 } choices && column.Kind != CellKind.ChoiceList)
            {
                var validation = ws.Range(2, i + 1, 1048576, i + 1).SetDataValidation();
                validation.List("\"" + string.Join(",", choices) + "\"", true);
                validation.IgnoreBlanks = true;
                validation.ErrorTitle = "请从下拉列表中选择";
                validation.ErrorMessage = "可选值：" + string.Join("、", choices);
                validation.ShowErrorMessage = true;
            }
        }
        ws.Row(1).Height = 30;
        ws.SheetView.FreezeRows(1);
    }

    private static void AddHelp(XLWorkbook workbook)
    {
        var ws = workbook.AddWorksheet(WorkbookLayout.HelpSheet);
        ws.Column(1).Width = 16;
        ws.Column(2).Width = 18;
        ws.Column(3).Width = 90;
        var row = 1;
        ws.Cell(row, 1).Value = "填表说明";
        ws.Cell(row, 1).Style.Font.Bold = true;
        ws.Cell(row, 1).Style.Font.FontSize = 14;
        row += 2;
        foreach (var line in HelpText.General)
        {
            ws.Cell(row, 1).Value = line;
            ws.Range(row, 1, row, 3).Merge();
            ws.Cell(row, 1).Style.Alignment.WrapText = true;
            ws.Row(row).Height = 30;
            row++;
        }
        row++;
        ws.Cell(row, 1).Value = "工作表";
        ws.Cell(row, 2).Value = "列";
        ws.Cell(row, 3).Value = "怎么填";
        ws.Range(row, 1, row, 3).Style.Font.Bold = true;
        row++;
        foreach (var sheet in WorkbookLayout.DataSheets)
        {
            foreach (var column in sheet.Columns)
            {
                ws.Cell(row, 1).Value = sheet.Name;
                ws.Cell(row, 2).Value = column.Header;
                ws.Cell(row, 3).Value = HelpText.For(sheet, column);
                ws.Cell(row, 3).Style.Alignment.WrapText = true;
                row++;
            }
        }
        ws.SheetView.FreezeRows(1);
    }
}
