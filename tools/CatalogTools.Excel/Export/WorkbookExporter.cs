using CatalogTools.Core.Loading;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Export;

/// <summary>Exports catalog items to the forms workbook: ClosedXML for the look, SAX for the rows.</summary>
public sealed class WorkbookExporter(CatalogLocation location)
{
    public ExportResult Export(ExportRequest request, Stream output)
    {
        var items = Select(ReadItems(out var unreadable), request);
        var revision = SourceRevision.Of(location.CatalogRoot);

        var content = new Dictionary<string, RowStreamer.SheetRows>(StringComparer.Ordinal)
        {
            [WorkbookLayout.ItemsSheet] = new(items.Select(i => ItemFlattener.ItemRow(i.Root, i.Kind)), true),
            [WorkbookLayout.GuideSheet] = new(items.SelectMany(i => ItemFlattener.GuideRows(i.Root, i.Code)), true),
            [WorkbookLayout.MaterialsSheet] = new(items.SelectMany(i => ItemFlattener.ListRows(i.Root, i.Code, WorkbookLayout.Materials)), true),
            [WorkbookLayout.StepsSheet] = new(items.SelectMany(i => ItemFlattener.ListRows(i.Root, i.Code, WorkbookLayout.Steps)), true),
            [WorkbookLayout.FeesSheet] = new(items.SelectMany(i => ItemFlattener.ListRows(i.Root, i.Code, WorkbookLayout.Fees)), true),
            [WorkbookLayout.MetaSheet] = new(MetaRows(items, revision, request), false),
        };
        using var package = FormTemplate.Build();
        RowStreamer.Fill(package, content);
        package.Position = 0;
        package.CopyTo(output);
        var standards = items.Count(i => i.Kind == FileKind.StandardItem);
        return new ExportResult(standards, items.Count - standards, items.Count, unreadable, revision);
    }

    public sealed record ItemTree(string Path, FileKind Kind, string Code, YNode Root);

    private List<ItemTree> ReadItems(out List<string> unreadable)
    {
        var files = CatalogLoader.EnumerateFiles(location.CatalogRoot)
            .Where(f => FileKinds.FromPath(f) is FileKind.StandardItem or FileKind.Implementation).ToList();
        var trees = new ItemTree?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var read = YamlDocumentReader.Read(File.ReadAllBytes(System.IO.Path.Combine(location.CatalogRoot, files[i])));
            if (!read.IsReadable || read.Root is not { Kind: YKind.Mapping } root || root.Get("code") is not { Kind: YKind.Scalar } code) return;
            trees[i] = new ItemTree(files[i], FileKinds.FromPath(files[i]), code.Value, root);
        });
        unreadable = files.Where((_, i) => trees[i] is null).ToList();
        // Standards first, then implementations grouped by standard and region, so the sheets read like the catalog.
        return trees.OfType<ItemTree>()
            .OrderBy(t => t.Kind == FileKind.StandardItem ? 0 : 1)
            .ThenBy(t => t.Kind == FileKind.StandardItem ? t.Code : t.Root.Get("standard")?.Value ?? "", StringComparer.Ordinal)
            .ThenBy(t => t.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static List<ItemTree> Select(List<ItemTree> items, ExportRequest request)
    {
        var standards = request.Standards.Count == 0 ? null : request.Standards.ToHashSet(StringComparer.Ordinal);
        var regionPrefix = request.Region is null ? null : RegionPrefix(request.Region);
        return items.Where(i =>
        {
            if (i.Kind == FileKind.StandardItem) return regionPrefix is null && (standards is null || standards.Contains(i.Code));
            if (standards is not null && !standards.Contains(i.Root.Get("standard")?.Value ?? "")) return false;
            return regionPrefix is null || (i.Root.Get("region")?.Value ?? "").StartsWith(regionPrefix, StringComparison.Ordinal);
        }).ToList();
    }

    /// <summary>The prefix every code inside a region shares: 230000 → 23, 230100 → 2301, 230125100000 → 230125100.</summary>
    public static string RegionPrefix(string region)
    {
        var code = region.Trim();
        if (code.Length == 12)
        {
            while (code.Length > 6 && code.EndsWith("000", StringComparison.Ordinal)) code = code[..^3];
            if (code.Length > 6) return code;
        }
        code = code.Length >= 6 ? code[..6] : code;
        while (code.Length > 2 && code.EndsWith("00", StringComparison.Ordinal)) code = code[..^2];
        return code;
    }

    private static IEnumerable<CellData[]> MetaRows(List<ItemTree> items, string revision, ExportRequest request)
    {
        yield return [CellData.Of(MetaKeys.SchemaVersion), CellData.Of(WorkbookLayout.SchemaVersion)];
        yield return [CellData.Of(MetaKeys.Revision), CellData.Of(revision)];
        yield return [CellData.Of(MetaKeys.Scope), CellData.Of(ScopeText(request))];
        yield return [];
        yield return [CellData.Of(MetaKeys.RowKeyCode), CellData.Of(MetaKeys.RowKeyFile)];
        foreach (var item in items) yield return [CellData.Of(item.Code), CellData.Of(item.Path)];
    }

    private static string ScopeText(ExportRequest request) =>
        (request.Region is null ? "全部区划" : "区划 " + request.Region) + "；" + (request.Standards.Count == 0 ? "全部事项" : "标准事项 " + string.Join("、", request.Standards));
}

/// <summary>The keys of the hidden sheet.</summary>
public static class MetaKeys
{
    public const string SchemaVersion = "结构版本";
    public const string Revision = "来源版本";
    public const string Scope = "导出范围";
    public const string RowKeyCode = "事项编码";
    public const string RowKeyFile = "文件";
}
