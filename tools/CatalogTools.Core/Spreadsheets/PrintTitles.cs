using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CatalogTools.Core.Spreadsheets;

/// <summary>
/// ClosedXML 0.95.4 writes the rows to repeat on every printed page as <c>事项目录!1:1</c>; Excel
/// reads that, LibreOffice ignores it (so every page after the first lost its header row). The
/// absolute form <c>事项目录!$1:$1</c> is read by both, so the workbook part is rewritten with it.
/// Used by the forms (export) and the xlsx report.
/// </summary>
public static partial class PrintTitles
{
    public const string WorkbookPart = "xl/workbook.xml";

    public static void MakeAbsolute(Stream from, Stream to)
    {
        var document = XDocument.Load(from);
        foreach (var name in document.Descendants().Where(e => e.Name.LocalName == "definedName"))
        {
            if ((string?)name.Attribute("name") != "_xlnm.Print_Titles") continue;
            name.Value = RelativeRows().Replace(name.Value, "!$$$1:$$$2");
        }
        document.Save(to, SaveOptions.DisableFormatting);
    }

    /// <summary>Rewrites the workbook part of a saved package in place (the stream must be seekable and writable).</summary>
    public static void MakeAbsolute(Stream package)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true);
        if (zip.GetEntry(WorkbookPart) is not { } entry) return;
        var rewritten = new MemoryStream();
        using (var from = entry.Open()) MakeAbsolute(from, rewritten);
        entry.Delete();
        using var to = zip.CreateEntry(WorkbookPart, CompressionLevel.Fastest).Open();
        rewritten.Position = 0;
        rewritten.CopyTo(to);
    }

    [GeneratedRegex(@"!(\d+):(\d+)")]
    private static partial Regex RelativeRows();
}
