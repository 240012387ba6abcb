using CatalogTools.Core.Yaml;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Export;

/// <summary>
/// The names shown beside codes in the read-only columns: each standard item's name (which an
/// implementation inherits unless it has its own) and each agency's name from the registry.
/// </summary>
public sealed class NameBook(IReadOnlyDictionary<string, string> standards, IReadOnlyDictionary<string, string> agencies)
{
    /// <summary>Reads the standards' names (in parallel; a standard file is small) and the agencies registry.</summary>
    public static NameBook Read(string catalogRoot, IEnumerable<WorkbookExporter.ItemFile> standardFiles)
    {
        var files = standardFiles.ToList();
        var names = new string?[files.Count];
        Parallel.For(0, files.Count, i => names[i] = NameOf(ReadRoot(Path.Combine(catalogRoot, files[i].Path))));
        var standards = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (names[i] is { } name) standards.TryAdd(files[i].Code, name);
        }
        var agencies = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ReadRoot(Path.Combine(catalogRoot, "registries", "agencies.yaml"))?.Get("agencies") is { Kind: YKind.Sequence } list)
        {
            foreach (var entry in list.Items)
            {
                if (entry.Get("code") is { Kind: YKind.Scalar } code && NameOf(entry) is { } name) agencies.TryAdd(code.Value, name);
            }
        }
        return new NameBook(standards, agencies);
    }

    /// <summary>The display cells of one item's rows, in the sheet's display-column order.</summary>
    public CellData[] Cells(SheetSpec sheet, YNode root, string standard) =>
        Cells(sheet, NameOf(root), root.Get("agency") is { Kind: YKind.Scalar } agency ? agency.Value : null, standard);

    /// <summary>The display cells of an item with its own <paramref name="name"/> (null: the standard's) and <paramref name="agency"/> code.</summary>
    public CellData[] Cells(SheetSpec sheet, string? name, string? agency, string standard)
    {
        var cells = new CellData[sheet.Display.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var text = sheet.Display[i].Value switch
            {
                DisplayValue.ItemName => name ?? standards.GetValueOrDefault(standard),
                DisplayValue.AgencyName => agency is null ? null : agencies.GetValueOrDefault(agency),
                _ => null,
            };
            cells[i] = text is null ? CellData.Empty : CellData.Of(text);
        }
        return cells;
    }

    /// <summary>A data row laid out as the sheet stands: the code, the display cells, the other data cells.</summary>
    public static CellData[] InSheetOrder(CellData[] row, CellData[] display)
    {
        if (display.Length == 0) return row;
        var result = new CellData[row.Length + display.Length];
        result[0] = row[0];
        display.CopyTo(result, 1);
        Array.Copy(row, 1, result, 1 + display.Length, row.Length - 1);
        return result;
    }

    /// <summary>A node's non-empty <c>name:</c>, or null.</summary>
    public static string? NameOf(YNode? node) =>
        node?.Get("name") is { Kind: YKind.Scalar } name && name.Value.Length > 0 ? name.Value : null;

    private static YNode? ReadRoot(string path)
    {
        if (!File.Exists(path)) return null;
        var read = YamlDocumentReader.Read(File.ReadAllBytes(path));
        return read.IsReadable && read.Root is { Kind: YKind.Mapping } root ? root : null;
    }
}
