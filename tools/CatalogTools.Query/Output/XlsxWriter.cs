using ClosedXML.Excel;

namespace CatalogTools.Query.Output;

/// <summary>One sheet 查询结果: a bold header row (frozen), numbers as numbers, every text as a text cell (never a formula).</summary>
public static class XlsxWriter
{
    public static void Write(QueryResult result, string sql, Stream output)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("查询结果");
        for (var c = 0; c < result.Columns.Count; c++)
        {
            var cell = Text(sheet.Cell(1, c + 1), result.Columns[c]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#ECEFF1");
        }
        for (var r = 0; r < result.Rows.Count; r++)
        {
            var row = result.Rows[r];
            for (var c = 0; c < row.Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (row[c])
                {
                    case null: break;
                    case bool b: cell.Value = b; break;
                    case var v when ValueText.IsNumber(v) && v is not System.Numerics.BigInteger: cell.Value = Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture); break;
                    case var v: Text(cell, ValueText.Of(v)); break;
                }
            }
        }
        for (var c = 0; c < result.Columns.Count; c++)
        {
            var widest = result.Rows.Take(1000).Select(r => TableWriter.Width(ValueText.Of(r[c]))).DefaultIfEmpty(0).Max();
            sheet.Column(c + 1).Width = Math.Clamp(Math.Max(widest, TableWriter.Width(result.Columns[c])) + 2, 8, 60);
        }
        sheet.SheetView.FreezeRows(1);
        var about = book.AddWorksheet("查询语句");
        Text(about.Cell(1, 1), sql);
        about.Column(1).Width = 100;
        about.Cell(1, 1).Style.Alignment.WrapText = true;
        book.SaveAs(output);
    }

    private static IXLCell Text(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        return cell;
    }
}
