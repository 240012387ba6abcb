using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace CatalogTools.Reports.Renderers.Xlsx;

/// <summary>
/// A native Excel bar chart for one figure: one bar per region (categories and values are ranges
/// of the figure's sheet, so the chart follows the cells), each bar green when the region meets the
/// target and red when it misses, the target in the title. Anchored over a block of empty rows.
/// </summary>
public sealed record FigureChart(string Sheet, string Title, int FirstRow, int LastRow, int CategoryColumn, int ValueColumn, IReadOnlyList<bool> Passed, string NumberFormat, int AnchorRow, int AnchorRows, int AnchorColumns);

/// <summary>Adds <see cref="FigureChart"/>s to a workbook ClosedXML saved (ClosedXML 0.95 writes no charts), with the Open XML SDK.</summary>
public static class XlsxCharts
{
    private const string Green = "2E7D32";
    private const string Red = "C62828";

    public static void Add(Stream workbook, IReadOnlyList<FigureChart> charts)
    {
        using var document = SpreadsheetDocument.Open(workbook, isEditable: true);
        var book = document.WorkbookPart!;
        foreach (var chart in charts)
        {
            var sheet = book.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First(s => s.Name == chart.Sheet);
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            var drawings = part.DrawingsPart ?? AddDrawings(part);
            var chartPart = drawings.AddNewPart<ChartPart>();
            chartPart.ChartSpace = Space(chart);
            drawings.WorksheetDrawing.Append(Anchor(chart, drawings.GetIdOfPart(chartPart), (uint)drawings.WorksheetDrawing.ChildElements.Count + 2));
        }
    }

    private static DrawingsPart AddDrawings(WorksheetPart part)
    {
        var drawings = part.AddNewPart<DrawingsPart>();
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing();
        var drawing = new DocumentFormat.OpenXml.Spreadsheet.Drawing { Id = part.GetIdOfPart(drawings) };
        // In schema order the drawing element comes before these; everything else goes before it.
        var worksheet = part.Worksheet;
        string[] later = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
        var before = worksheet.ChildElements.FirstOrDefault(e => later.Contains(e.LocalName));
        if (before is null) worksheet.Append(drawing);
        else worksheet.InsertBefore(drawing, before);
        return drawings;
    }

    private static C.ChartSpace Space(FigureChart chart)
    {
        var range = $"'{chart.Sheet.Replace("'", "''")}'!";
        string Ref(int column) => $"{range}${ColumnName(column)}${chart.FirstRow}:${ColumnName(column)}${chart.LastRow}";

        var series = new C.BarChartSeries(
            new C.Index { Val = 0 },
            new C.Order { Val = 0 },
            new C.SeriesText(new C.NumericValue(chart.Title)),
            Fill(Green),
            new C.InvertIfNegative { Val = false });
        for (var i = 0; i < chart.Passed.Count; i++)
        {
            series.Append(new C.DataPoint(new C.Index { Val = (uint)i }, new C.InvertIfNegative { Val = false }, new C.Bubble3D { Val = false }, Fill(chart.Passed[i] ? Green : Red)));
        }
        series.Append(new C.CategoryAxisData(new C.StringReference(new C.Formula(Ref(chart.CategoryColumn)))));
        series.Append(new C.Values(new C.NumberReference(new C.Formula(Ref(chart.ValueColumn)))));

        var bar = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false },
            series,
            new C.GapWidth { Val = 60 },
            new C.AxisId { Val = 1 },
            new C.AxisId { Val = 2 });
        var categoryAxis = new C.CategoryAxis(
            new C.AxisId { Val = 1 },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Left },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = 2 },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 });
        var valueAxis = new C.ValueAxis(
            new C.AxisId { Val = 2 },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
            new C.MajorGridlines(),
            new C.NumberingFormat { FormatCode = chart.NumberFormat, SourceLinked = false },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = 1 },
            new C.Crosses { Val = C.CrossesValues.Maximum },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });
        var title = new C.Title(
            new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(),
                new A.Paragraph(new A.Run(new A.RunProperties { Language = "zh-CN", FontSize = 1200, Bold = true }, new A.Text(chart.Title))))),
            new C.Overlay { Val = false });
        var plot = new C.PlotArea(new C.Layout(), bar, categoryAxis, valueAxis);
        return new C.ChartSpace(
            new C.RoundedCorners { Val = false },
            new C.Chart(title, new C.AutoTitleDeleted { Val = false }, plot, new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
    }

    private static C.ChartShapeProperties Fill(string rgb) => new(new A.SolidFill(new A.RgbColorModelHex { Val = rgb }));

    private static Xdr.TwoCellAnchor Anchor(FigureChart chart, string relationshipId, uint id) => new(
        new Xdr.FromMarker(new Xdr.ColumnId("0"), new Xdr.ColumnOffset("0"), new Xdr.RowId((chart.AnchorRow - 1).ToString()), new Xdr.RowOffset("0")),
        new Xdr.ToMarker(new Xdr.ColumnId(chart.AnchorColumns.ToString()), new Xdr.ColumnOffset("0"), new Xdr.RowId((chart.AnchorRow - 1 + chart.AnchorRows).ToString()), new Xdr.RowOffset("0")),
        new Xdr.GraphicFrame(
            new Xdr.NonVisualGraphicFrameProperties(new Xdr.NonVisualDrawingProperties { Id = id, Name = "Chart " + id }, new Xdr.NonVisualGraphicFrameDrawingProperties()),
            new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { Macro = "" },
        new Xdr.ClientData());

    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }
}
