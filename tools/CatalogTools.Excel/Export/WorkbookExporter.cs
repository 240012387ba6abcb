using CatalogTools.Caching;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;
using CatalogTools.Excel.Import;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Export;

/// <summary>Exports catalog items to the forms workbook: ClosedXML for the look, SAX for the rows.</summary>
/// <remarks><paramref name="phase"/> is told when each phase ends (for CATALOG_TIMINGS); <paramref name="revision"/> is the
/// git commit the catalog was read at (the caller asks the Git project), recorded in the workbook.</remarks>
public sealed class WorkbookExporter(CatalogLocation location, Action<string>? phase = null, string revision = WorkbookExporter.UnknownRevision)
{
    /// <summary>Rows a sheet may hold, header included: what import reads back, below Excel's limit. Tests set a small one to see an export split without 10^6 items.</summary>
    public int RowLimit { get; init; } = WorkbookSplit.ReadableRows;

    /// <summary>The limits import reads within, which every written workbook is checked against. Tests set small ones.</summary>
    public WorkbookLimits ImportLimits { get; init; } = WorkbookLimits.Default;

    /// <summary>
    /// What the item files are read through. With the session's cache, each file's rows are kept in
    /// <c>.catalog-cache/export-rows.bin</c> by content, and a file known by stat is neither read nor
    /// parsed again: a user's second export of an unchanged catalog reads only the table. Null: every file is read.
    /// </summary>
    public SourceSession? Session { get; init; }

    /// <summary>The content table of the item records (<see cref="ItemRecord"/>).</summary>
    public const string RowsTable = "export-rows";

    /// <summary>What else invalidates the stored records: this build of the Excel project (the layout, the cell encoding).</summary>
    private static readonly string RecordsVersion = typeof(ItemRecord).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>What the workbook records when the catalog is not in a git repository.</summary>
    public const string UnknownRevision = "unknown";

    /// <summary>Writes one workbook to <paramref name="output"/>, however many rows (a stream cannot be split: see <see cref="ExportFiles"/>).</summary>
    public ExportResult Export(ExportRequest request, Stream output)
    {
        var (kept, bundles, names, unreadable, revision) = Read(request);
        using var template = FormTemplate.Build();
        phase?.Invoke("template");
        Write(kept, bundles, names, revision, ScopeText(request), template, output);
        phase?.Invoke("rows");
        return Result(kept, unreadable, revision, []);
    }

    /// <summary>
    /// Writes the workbook <paramref name="target"/>; when a sheet would pass <see cref="RowLimit"/>,
    /// writes instead one workbook per group of regions beside it (TARGET-230100.xlsx, …), each a
    /// complete form with its own hidden sheet, so each imports on its own (<see cref="ExportResult.Parts"/> names them).
    /// Each file is written under a temporary name and renamed into place.
    /// </summary>
    public ExportResult ExportFiles(ExportRequest request, string target)
    {
        var (kept, bundles, names, unreadable, revision) = Read(request);
        var sizes = kept.Select(k => new WorkbookSplit.ItemSize(k.Kind == FileKind.StandardItem ? "" : k.Region,
            k.Record.RowCount(ItemRecord.Sheet.Guide), k.Record.RowCount(ItemRecord.Sheet.Materials), k.Record.RowCount(ItemRecord.Sheet.Steps), k.Record.RowCount(ItemRecord.Sheet.Fees))).ToList();
        // A bundle goes with its region: planned as one more row of that region (its key row on the
        // hidden sheet; counting it on 事项目录 too only errs on the safe side), so it lands in the
        // workbook the region's offices fill in, beside the implementations it bundles.
        sizes.AddRange(bundles.Select(b => new WorkbookSplit.ItemSize(b.Region, 0, 0, 0, 0)));
        var plan = WorkbookSplit.Plan(sizes, RowLimit);
        using var template = FormTemplate.Build();
        phase?.Invoke("template");
        if (plan.Count == 1)
        {
            var refused = WriteFile(target, kept, bundles, names, revision, ScopeText(request), template);
            phase?.Invoke("rows");
            return Result(kept, unreadable, revision, []) with { BeyondImportLimits = refused is { } detail ? [new(target, detail)] : [] };
        }
        var parts = new List<ExportedPart>();
        var beyond = new List<WorkbookBeyondLimits>();
        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        var stem = Path.GetFileNameWithoutExtension(target);
        var extension = Path.GetExtension(target) is { Length: > 0 } e ? e : ".xlsx";
        foreach (var part in plan)
        {
            var file = Path.Combine(directory, stem + "-" + part.Label + extension);
            var items = part.Items.Where(i => i < kept.Count).Select(i => kept[i]).ToList();
            var partBundles = part.Items.Where(i => i >= kept.Count).Select(i => bundles[i - kept.Count]).ToList();
            if (WriteFile(file, items, partBundles, names, revision, ScopeText(request) + "；" + PartText(part), template) is { } refused) beyond.Add(new(file, refused));
            var standards = items.Count(i => i.Kind == FileKind.StandardItem);
            parts.Add(new ExportedPart(file, part.Regions, standards, items.Count - standards));
        }
        phase?.Invoke("rows");
        return Result(kept, unreadable, revision, parts) with { BeyondImportLimits = beyond };
    }

    private static string PartText(WorkbookSplit.Part part) =>
        "本工作簿：" + string.Join("、", part.Regions.Select(r => r.StartsWith("standards", StringComparison.Ordinal) ? "标准事项" + r["standards".Length..] : r));

    private static ExportResult Result(List<ItemRows> kept, List<string> unreadable, string revision, IReadOnlyList<ExportedPart> parts)
    {
        var standards = kept.Count(i => i.Kind == FileKind.StandardItem);
        return new ExportResult(standards, kept.Count - standards, kept.Count, unreadable, revision) { Parts = parts };
    }

    private (List<ItemRows> Kept, List<BundleRows> Bundles, NameBook Names, List<string> Unreadable, string Revision) Read(ExportRequest request)
    {
        var all = ListItems();
        var items = Select(all, request);
        var names = NameBook.Read(location.CatalogRoot, all.Where(i => i.Kind == FileKind.StandardItem));
        var rows = Flatten(items, whole: items.Count == all.Count, out var unreadable);
        var bundles = SelectBundles(BundleFlattener.Read(location.CatalogRoot, names, unreadable), request);
        phase?.Invoke("items");
        return (rows.OfType<ItemRows>().ToList(), bundles, names, unreadable, revision);
    }

    /// <summary>
    /// The bundles of the export: all of them; with --region those of that region and below; with
    /// --standard those with a member implementing one of those standards.
    /// </summary>
    private static List<BundleRows> SelectBundles(List<BundleRows> bundles, ExportRequest request)
    {
        var standards = request.Standards.Count == 0 ? null : request.Standards.ToHashSet(StringComparer.Ordinal);
        var regionPrefix = request.Region is null ? null : RegionPrefix(request.Region);
        return bundles.Where(b =>
            (regionPrefix is null || b.Region.StartsWith(regionPrefix, StringComparison.Ordinal))
            && (standards is null || b.Members.Any(m => standards.Contains(m.Split('-')[0])))).ToList();
    }

    /// <summary>Writes one workbook; returns why import would refuse it (a reading limit it passes), or null.</summary>
    private MessageArgument? WriteFile(string file, List<ItemRows> items, List<BundleRows> bundles, NameBook names, string revision, string scope, MemoryStream template)
    {
        var temp = file + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var output = File.Create(temp)) Write(items, bundles, names, revision, scope, template, output);
            File.Move(temp, file, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
        // The check import makes first (the file's size, each part's size from the zip directory): an export
        // must not hand an office a workbook that its own import refuses without saying so.
        using var written = File.OpenRead(file);
        try
        {
            WorkbookReader.CheckPackage(written, ImportLimits);
            return null;
        }
        catch (WorkbookLimitException e)
        {
            return e.Detail;
        }
    }

    private static void Write(List<ItemRows> kept, List<BundleRows> bundles, NameBook names, string revision, string scope, MemoryStream template, Stream output)
    {
        var content = new Dictionary<string, RowStreamer.SheetRows>(StringComparer.Ordinal)
        {
            [WorkbookLayout.ItemsSheet] = ItemSheet(kept, ItemRecord.Sheet.Items, names),
            [WorkbookLayout.GuideSheet] = ItemSheet(kept, ItemRecord.Sheet.Guide, names),
            [WorkbookLayout.MaterialsSheet] = ItemSheet(kept, ItemRecord.Sheet.Materials, names),
            [WorkbookLayout.StepsSheet] = ItemSheet(kept, ItemRecord.Sheet.Steps, names),
            [WorkbookLayout.FeesSheet] = ItemSheet(kept, ItemRecord.Sheet.Fees, names),
            [WorkbookLayout.BundlesSheet] = new(bundles.Select(b => b.Bundle), true),
            [WorkbookLayout.BundleMembersSheet] = new(bundles.SelectMany(b => b.MemberRows), true),
            [WorkbookLayout.BundleMaterialsSheet] = new(bundles.SelectMany(b => b.Materials), true),
            [WorkbookLayout.MetaSheet] = new(MetaRows(kept, bundles, revision, scope), false),
        };
        template.Position = 0;
        RowStreamer.Fill(template, output, content);
    }

    /// <summary>One item sheet's rows, item after item, each with its names beside its code (every list sheet shows the item name as 办事指南 does).</summary>
    private static RowStreamer.SheetRows ItemSheet(List<ItemRows> items, ItemRecord.Sheet sheet, NameBook names)
    {
        var spec = sheet == ItemRecord.Sheet.Items ? WorkbookLayout.Items : WorkbookLayout.Guide;
        return new RowStreamer.SheetRows((writer, first) =>
        {
            var row = first;
            foreach (var item in items)
            {
                if (item.Record.RowCount(sheet) == 0) continue;
                row = item.Record.Write(writer, sheet, names.Cells(spec, item.Record.Name, item.Record.Agency, item.Standard), row);
            }
            return row;
        }, true);
    }

    /// <summary>An item file known from its path alone: implementations/REGION/STANDARD-REGION-AGENCY.yaml, standards/CODE.yaml.</summary>
    public sealed record ItemFile(string Path, FileKind Kind, string Code, string Standard, string Region);

    private sealed record ItemRows(ItemFile File, ItemRecord Record)
    {
        public string Path => File.Path;
        public FileKind Kind => File.Kind;
        public string Standard => File.Standard;
        public string Region => File.Region;
        public string Code => Record.Code;
    }

    private List<ItemFile> ListItems()
    {
        var result = new List<ItemFile>();
        foreach (var path in CatalogLoader.EnumerateFiles(location.CatalogRoot))
        {
            var kind = FileKinds.FromPath(path);
            if (kind is not (FileKind.StandardItem or FileKind.Implementation)) continue;
            var code = System.IO.Path.GetFileNameWithoutExtension(path);
            var parts = path.Split('/');
            var standard = kind == FileKind.StandardItem ? code : code.Split('-')[0];
            var region = kind == FileKind.Implementation && parts.Length > 2 ? parts[1] : "";
            result.Add(new ItemFile(path, kind, code, standard, region));
        }
        // Standards first, then implementations grouped by standard, so the sheets read like the catalog.
        return result.OrderBy(t => t.Kind == FileKind.StandardItem ? 0 : 1)
            .ThenBy(t => t.Standard, StringComparer.Ordinal)
            .ThenBy(t => t.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Reads each file once (in parallel) and keeps only its rows, never the whole trees; through
    /// the session's cache, a file whose content was exported before is taken from the table unread.
    /// <paramref name="whole"/> says every item is exported, so entries of files no longer there can go.
    /// </summary>
    private ItemRows?[] Flatten(List<ItemFile> items, bool whole, out List<string> unreadable)
    {
        var rows = new ItemRows?[items.Count];
        var table = Session?.Table(RowsTable, keep: whole, version: RecordsVersion);
        Parallel.For(0, items.Count, i =>
        {
            var file = items[i];
            var record = table is null
                ? FlattenFile(file)
                : Session!.Derive(file.Path, table, bytes => ItemRecord.Flatten(bytes, file.Kind), r => r?.Encoded, ItemRecord.Decode) ?? FlattenFile(file);
            if (record is not null) rows[i] = new ItemRows(file, record);
        });
        unreadable = items.Where((_, i) => rows[i] is null).Select(i => i.Path).ToList();
        return rows;
    }

    private ItemRecord? FlattenFile(ItemFile file) => ItemRecord.Flatten(File.ReadAllBytes(System.IO.Path.Combine(location.CatalogRoot, file.Path)), file.Kind);

    private static List<ItemFile> Select(List<ItemFile> items, ExportRequest request)
    {
        var standards = request.Standards.Count == 0 ? null : request.Standards.ToHashSet(StringComparer.Ordinal);
        var regionPrefix = request.Region is null ? null : RegionPrefix(request.Region);
        return items.Where(i =>
        {
            if (i.Kind == FileKind.StandardItem) return regionPrefix is null && (standards is null || standards.Contains(i.Code));
            if (standards is not null && !standards.Contains(i.Standard)) return false;
            return regionPrefix is null || i.Region.StartsWith(regionPrefix, StringComparison.Ordinal);
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

    private static IEnumerable<CellData[]> MetaRows(List<ItemRows> items, List<BundleRows> bundles, string revision, string scope)
    {
        yield return [CellData.Of(MetaKeys.SchemaVersion), CellData.Of(WorkbookLayout.SchemaVersion)];
        yield return [CellData.Of(MetaKeys.Revision), CellData.Of(revision)];
        yield return [CellData.Of(MetaKeys.Scope), CellData.Of(scope)];
        yield return [];
        yield return [CellData.Of(MetaKeys.RowKeyCode), CellData.Of(MetaKeys.RowKeyFile)];
        foreach (var item in items) yield return [CellData.Of(item.Code), CellData.Of(item.Path)];
        foreach (var bundle in bundles) yield return [CellData.Of(bundle.Code), CellData.Of(bundle.Path)];
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
