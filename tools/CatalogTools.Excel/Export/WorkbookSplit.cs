namespace CatalogTools.Excel.Export;

/// <summary>
/// Splits an export that one workbook cannot hold (a sheet over Excel's 1,048,576 rows, or over what
/// import reads back: <see cref="ReadableRows"/>) into
/// workbooks by region: the standard items first, then the implementations by city (230100),
/// a city too large by county (230125), a county too large by its own region code, and only a
/// single region too large for a sheet into numbered chunks. Consecutive groups share a workbook
/// while every sheet stays within the limit, so an office finds its region in one file.
/// </summary>
public static class WorkbookSplit
{
    /// <summary>Rows a sheet may hold in Excel, the header row included.</summary>
    public const int ExcelRows = 1_048_576;

    /// <summary>
    /// Rows a sheet of an export may hold so that import reads the workbook back: a 事项目录 row is about
    /// 2.3 KB of sheet XML, so 10^6 rows made a 2.3 GB part in a 350 MiB file, past import's 512 MiB per
    /// part and 256 MiB per file (<see cref="Import.WorkbookLimits"/>). 150,000 rows keep a sheet near 350 MB.
    /// A catalog of much longer texts could still pass a limit: the exporter checks every file it wrote.
    /// </summary>
    public const int ReadableRows = 150_000;

    /// <summary>One item's rows per data sheet, and the region it belongs to ("" for a standard item).</summary>
    public readonly record struct ItemSize(string Region, int Guide, int Materials, int Steps, int Fees);

    /// <summary>One workbook of a split: the items it holds (indices into the export's items) and a label naming its regions.</summary>
    public sealed record Part(string Label, IReadOnlyList<int> Items, IReadOnlyList<string> Regions);

    /// <summary>The parts, or a single part holding everything when one workbook is enough.</summary>
    /// <param name="rowLimit">Rows per sheet, header included (Excel's limit; tests pass a small one).</param>
    public static List<Part> Plan(IReadOnlyList<ItemSize> items, int rowLimit)
    {
        var all = Enumerable.Range(0, items.Count).ToList();
        if (SizeOf(items, all).FitsIn(rowLimit)) return [new Part("", all, [])];
        var groups = new List<(string Label, List<int> Items, Rows Size)>();
        var standards = all.Where(i => items[i].Region.Length == 0).ToList();
        if (standards.Count > 0) Split("standards", standards, items, rowLimit, Level.Standards, groups);
        foreach (var city in all.Where(i => items[i].Region.Length > 0).GroupBy(i => CityOf(items[i].Region)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Split(city.Key, city.ToList(), items, rowLimit, Level.City, groups);
        }
        var parts = new List<Part>();
        var current = new List<int>();
        var labels = new List<string>();
        var size = default(Rows);
        foreach (var (label, members, groupSize) in groups)
        {
            if (current.Count > 0 && !(size + groupSize).FitsIn(rowLimit))
            {
                parts.Add(Close(current, labels));
                (current, labels, size) = ([], [], default);
            }
            current.AddRange(members);
            labels.Add(label);
            size += groupSize;
        }
        if (current.Count > 0) parts.Add(Close(current, labels));
        return parts;
    }

    private enum Level { Standards, City, County, Region }

    private static Part Close(List<int> items, List<string> labels) =>
        new(labels.Count == 1 ? labels[0] : labels[0] + "_" + labels[^1], items, labels);

    /// <summary>A group that fits is kept whole; one that does not goes to the next finer level, and at the finest into chunks.</summary>
    private static void Split(string label, List<int> members, IReadOnlyList<ItemSize> items, int rowLimit, Level level, List<(string, List<int>, Rows)> groups)
    {
        var size = SizeOf(items, members);
        if (size.FitsIn(rowLimit))
        {
            groups.Add((label, members, size));
            return;
        }
        if (level is Level.City or Level.County)
        {
            var finer = level == Level.City ? Level.County : Level.Region;
            var byKey = members.GroupBy(i => finer == Level.County ? CountyOf(items[i].Region) : items[i].Region).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (byKey.Count > 1)
            {
                foreach (var g in byKey) Split(g.Key, g.ToList(), items, rowLimit, finer, groups);
                return;
            }
            Split(label, members, items, rowLimit, finer, groups);
            return;
        }
        // One region (or the standard items) alone is too large for a sheet: numbered chunks, in order.
        var chunk = new List<int>();
        var chunkSize = default(Rows);
        var n = 1;
        foreach (var i in members)
        {
            var one = Rows.Of(items[i]);
            if (chunk.Count > 0 && !(chunkSize + one).FitsIn(rowLimit))
            {
                groups.Add(($"{label}-{n++}", chunk, chunkSize));
                (chunk, chunkSize) = ([], default);
            }
            chunk.Add(i);
            chunkSize += one;
        }
        if (chunk.Count > 0) groups.Add((n == 1 ? label : $"{label}-{n}", chunk, chunkSize));
    }

    private static Rows SizeOf(IReadOnlyList<ItemSize> items, List<int> members)
    {
        var size = default(Rows);
        foreach (var i in members) size += Rows.Of(items[i]);
        return size;
    }

    /// <summary>Data rows per sheet of a set of items (事项目录 and the hidden sheet have one per item).</summary>
    private readonly record struct Rows(long Items, long Guide, long Materials, long Steps, long Fees)
    {
        public static Rows Of(ItemSize item) => new(1, item.Guide, item.Materials, item.Steps, item.Fees);

        public static Rows operator +(Rows a, Rows b) => new(a.Items + b.Items, a.Guide + b.Guide, a.Materials + b.Materials, a.Steps + b.Steps, a.Fees + b.Fees);

        /// <summary>Every sheet within the limit: a header row on each data sheet, 5 rows before the keys on the hidden sheet.</summary>
        public bool FitsIn(int rowLimit) =>
            1 + Items <= rowLimit && 5 + Items <= rowLimit && 1 + Guide <= rowLimit && 1 + Materials <= rowLimit && 1 + Steps <= rowLimit && 1 + Fees <= rowLimit;
    }

    /// <summary>The city of a region code: 230125 → 230100, 230125100000 → 230100.</summary>
    public static string CityOf(string region) => region.Length >= 4 ? region[..4] + "00" : region;

    /// <summary>The county of a region code: 230125100000 → 230125.</summary>
    public static string CountyOf(string region) => region.Length >= 6 ? region[..6] : region;
}
