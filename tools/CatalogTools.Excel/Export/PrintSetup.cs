using ClosedXML.Excel;

namespace CatalogTools.Excel.Export;

/// <summary>
/// How the forms print: A4, every column on one page width (so no column falls onto a second page),
/// the header row repeated on every page, page numbers in the footer.
/// </summary>
public static class PrintSetup
{
    /// <summary>The data sheets: wide tables, A4 landscape.</summary>
    public static void Landscape(IXLWorksheet ws, int repeatRow) => Apply(ws, XLPageOrientation.Landscape, repeatRow);

    /// <summary>填表说明: three columns of text, A4 portrait.</summary>
    public static void Portrait(IXLWorksheet ws, int repeatRow) => Apply(ws, XLPageOrientation.Portrait, repeatRow);

    private static void Apply(IXLWorksheet ws, XLPageOrientation orientation, int repeatRow)
    {
        var page = ws.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = orientation;
        page.FitToPages(1, 0); // one page wide, as many tall as needed
        // Absolute rows ($1:$1): LibreOffice ignores the relative 1:1 that the numeric overload writes.
        page.SetRowsToRepeatAtTop($"${repeatRow}:${repeatRow}");
        page.CenterHorizontally = true;
        page.ShowGridlines = true;
        page.Margins.Left = page.Margins.Right = 0.4;
        page.Margins.Top = page.Margins.Bottom = 0.6;
        page.Margins.Header = page.Margins.Footer = 0.3;
        page.Header.Center.AddText(ws.Name);
        page.Footer.Center.AddText("第 ");
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
        page.Footer.Center.AddText(" 页，共 ");
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
        page.Footer.Center.AddText(" 页");
    }
}
