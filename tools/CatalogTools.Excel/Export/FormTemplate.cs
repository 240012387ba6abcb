using ClosedXML.Excel;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Export;

/// <summary>
/// The forms' look, made with ClosedXML: sheets, Chinese headers, frozen header rows and key
/// columns, explicit widths, drop-downs and input prompts, grey read-only code and name columns
/// (locked on 事项目录), A4 print setup, 填表说明 and the hidden sheet. Row 2 of each data sheet is a style row: <see cref="RowStreamer"/> copies its
/// cell styles onto the streamed data rows and drops it.
/// </summary>
public static class FormTemplate
{
    public const int StyleRow = 2;

    public static MemoryStream Build()
    {
        using var workbook = new XLWorkbook();
        foreach (var sheet in WorkbookLayout.AllDataSheets) AddDataSheet(workbook, sheet);
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
        var columns = spec.SheetColumns;
        // Cells typed below the data (new rows) take the column's style: unlocked, so offices can add items.
        ws.Columns(1, columns.Count).Style.Protection.Locked = false;
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var display = spec.IsDisplay(column.Header);
            var header = ws.Cell(1, i + 1);
            header.Value = column.Header;
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = XLColor.FromArgb(0xDD, 0xEB, 0xF7);
            header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            header.Style.Alignment.WrapText = true;
            header.Style.Protection.Locked = true;
            ws.Column(i + 1).Width = column.Width;

            var style = ws.Cell(StyleRow, i + 1);
            style.Style.NumberFormat.Format = column.Kind is CellKind.Integer or CellKind.Number ? "General" : "@";
            style.Style.Alignment.WrapText = column.Kind == CellKind.Text;
            style.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            if (column.IsKey || display || column.Header == WorkbookLayout.KindHeader)
            {
                style.Style.Fill.BackgroundColor = XLColor.FromArgb(0xEE, 0xEE, 0xEE);
                style.Style.Font.FontColor = XLColor.FromArgb(0x59, 0x59, 0x59);
            }
            style.Style.Protection.Locked = IsLocked(spec, column, display);
            // The style row must hold something for ClosedXML to write its cells.
            style.Value = " ";
            if (!display) AddValidation(ws.Range(2, i + 1, 1048576, i + 1).SetDataValidation(), column);
        }
        ws.Row(1).Height = 30;
        ws.SheetView.Freeze(1, WorkbookLayout.FrozenColumns);
        PrintSetup.Landscape(ws, repeatRow: 1);
        if (spec.ListKey is null) Protect(ws);
    }

    /// <summary>
    /// 事项目录 rows are items: their codes and layer never change in a form (a new item is a new row),
    /// so those cells of exported rows are locked, as are the read-only names. List sheets are not
    /// protected: a clerk deletes a material by deleting its row, which Excel refuses for a row that
    /// holds locked cells.
    /// </summary>
    private static bool IsLocked(SheetSpec spec, ColumnSpec column, bool display) =>
        display || (spec.ListKey is null && (column.IsKey || column.Header == WorkbookLayout.KindHeader));

    /// <summary>Sheet protection without a password (it guards against slips, not people): rows may be added, nothing locked edited.</summary>
    private static void Protect(IXLWorksheet ws)
    {
        ws.Protect()
            .AllowElement(XLSheetProtectionElements.InsertRows)
            .AllowElement(XLSheetProtectionElements.FormatColumns)
            .AllowElement(XLSheetProtectionElements.FormatRows)
            .AllowElement(XLSheetProtectionElements.FormatCells)
            .AllowElement(XLSheetProtectionElements.AutoFilter)
            .AllowElement(XLSheetProtectionElements.Sort)
            .AllowElement(XLSheetProtectionElements.SelectEverything);
    }

    /// <summary>
    /// An input prompt on every input column (what to write, in Excel words) and, where Excel can
    /// check it, the check itself: a drop-down for a vocabulary, a whole number for days and copies.
    /// </summary>
    private static void AddValidation(IXLDataValidation validation, ColumnSpec column)
    {
        validation.IgnoreBlanks = true;
        validation.InputTitle = Clip(column.Header, 32);
        validation.InputMessage = Clip(HelpText.Prompt(column), 255);
        validation.ShowInputMessage = true;
        if (column.Choices is { Count: > 0 } choices && column.Kind != CellKind.ChoiceList)
        {
            validation.List("\"" + string.Join(",", choices) + "\"", true);
            validation.ErrorTitle = "请从下拉列表中选择";
            validation.ErrorMessage = Clip("可选值：" + string.Join("、", choices), 255);
            validation.ShowErrorMessage = true;
        }
        else if (column.Kind == CellKind.Integer)
        {
            validation.WholeNumber.EqualOrGreaterThan(0);
            validation.ErrorTitle = "应填写整数";
            validation.ErrorMessage = "应填写不小于 0 的整数，如 2";
            validation.ShowErrorMessage = true;
        }
        else if (column.Kind == CellKind.Number)
        {
            validation.Decimal.EqualOrGreaterThan(0);
            validation.ErrorTitle = "应填写数字";
            validation.ErrorMessage = "应填写不小于 0 的数字，如 12.5";
            validation.ShowErrorMessage = true;
        }
        else
        {
            validation.AllowedValues = XLAllowedValues.AnyValue;
        }
    }

    /// <summary>Excel refuses a prompt title over 32 and a message over 255 characters.</summary>
    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

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
            ws.Cell(row, 1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            ws.Row(row).Height = 32; // two lines: Excel and LibreOffice do not grow merged rows to fit
            row++;
        }
        row++;
        var tableHeader = row;
        ws.Cell(row, 1).Value = "工作表";
        ws.Cell(row, 2).Value = "列";
        ws.Cell(row, 3).Value = "怎么填";
        ws.Range(row, 1, row, 3).Style.Font.Bold = true;
        row++;
        foreach (var sheet in WorkbookLayout.AllDataSheets)
        {
            foreach (var column in sheet.SheetColumns)
            {
                ws.Cell(row, 1).Value = sheet.Name;
                ws.Cell(row, 2).Value = column.Header;
                ws.Cell(row, 3).Value = HelpText.For(sheet, column);
                ws.Cell(row, 3).Style.Alignment.WrapText = true;
                row++;
            }
        }
        PrintSetup.Portrait(ws, repeatRow: tableHeader);
    }
}
