using System.Globalization;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Export;

/// <summary>Turns one item file's YAML tree into the rows of every sheet.</summary>
public static class ItemFlattener
{
    public static CellData[] ItemRow(YNode root, FileKind kind)
    {
        var columns = WorkbookLayout.Items.Columns;
        var row = new CellData[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            row[i] = c.Header == WorkbookLayout.KindHeader
                ? CellData.Of(kind == FileKind.StandardItem ? WorkbookLayout.KindStandard : WorkbookLayout.KindImplementation)
                : Cell(At(root, c.Path), c);
        }
        return row;
    }

    public static IEnumerable<CellData[]> GuideRows(YNode root, string code)
    {
        if (root.Get("basis") is { Kind: YKind.Sequence } basis)
        {
            foreach (var entry in basis.Items)
            {
                yield return [CellData.Of(code), CellData.Of(WorkbookLayout.ElementBasis), Text(entry.Get("law")), Text(entry.Get("article"))];
            }
        }
        foreach (var (key, element) in new[] { ("conditions", WorkbookLayout.ElementCondition), ("commitmentConditions", WorkbookLayout.ElementCommitmentCondition), ("notes", WorkbookLayout.ElementNote) })
        {
            if (root.Get(key) is not { Kind: YKind.Sequence } list) continue;
            foreach (var entry in list.Items)
            {
                yield return [CellData.Of(code), CellData.Of(element), Text(entry), CellData.Empty];
            }
        }
    }

    public static IEnumerable<CellData[]> ListRows(YNode root, string code, SheetSpec sheet)
    {
        if (root.Get(sheet.ListKey!) is not { Kind: YKind.Sequence } list) yield break;
        foreach (var entry in list.Items)
        {
            var row = new CellData[sheet.Columns.Count];
            row[0] = CellData.Of(code);
            for (var i = 1; i < row.Length; i++) row[i] = Cell(At(entry, sheet.Columns[i].Path), sheet.Columns[i]);
            yield return row;
        }
    }

    public static YNode? At(YNode node, string path)
    {
        if (path.Length == 0) return null;
        YNode? current = node;
        foreach (var part in Segments(path))
        {
            if (current is not { Kind: YKind.Mapping }) return null;
            current = current.Get(part);
        }
        return current;
    }

    /// <summary>A column path's keys, split once per path rather than once per cell (10^5 items × 40 columns).</summary>
    private static string[] Segments(string path) => SplitPaths.GetOrAdd(path, static p => p.Split('.'));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> SplitPaths = new(StringComparer.Ordinal);

    private static CellData Text(YNode? node) => node is { Kind: YKind.Scalar } ? CellData.Of(node.Value) : CellData.Empty;

    public static CellData Cell(YNode? node, ColumnSpec column)
    {
        if (node is null) return CellData.Empty;
        if (column.Kind == CellKind.ChoiceList)
        {
            return node.Kind == YKind.Sequence ? CellData.Of(string.Join("、", node.Items.Select(i => i.Value))) : CellData.Of(node.Value);
        }
        if (node.Kind != YKind.Scalar) return CellData.Empty;
        var value = node.Value;
        switch (column.Kind)
        {
            case CellKind.Integer or CellKind.Number when !node.Quoted && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return CellData.Of(number);
            case CellKind.YesNo when !node.Quoted && value is "true" or "false":
                return CellData.Of(value == "true" ? "是" : "否");
            default:
                return CellData.Of(value);
        }
    }
}
