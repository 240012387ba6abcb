using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CatalogTools.Excel.Export;

/// <summary>
/// ClosedXML 0.95.4 writes the rows to repeat on every printed page as <c>事项目录!1:1</c>; Excel
/// reads that, LibreOffice ignores it (so every page after the first lost its header row). The
/// absolute form <c>事项目录!$1:$1</c> is read by both, so the workbook part is rewritten with it.
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

    [GeneratedRegex(@"!(\d+):(\d+)")]
    private static partial Regex RelativeRows();
}
