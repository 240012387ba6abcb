using System.Globalization;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Yaml;
using CatalogTools.Excel.Export;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Import;

/// <summary>
/// What the workbook held, once its items were streamed: their codes in 事项目录 order, the hidden
/// sheet, diagnostics, and the data sheets that could not be read (missing, or a column missing or
/// renamed): checks that depend on those sheets are not made, so one structural error stays one error.
/// </summary>
public sealed record AssembledWorkbook(IReadOnlyList<string> Codes, WorkbookMeta Meta, List<Diagnostic> Diagnostics, IReadOnlySet<string> UnreadSheets)
{
    /// <summary>The item keys filled by the sheets that could not be read: the files keep theirs.</summary>
    public IReadOnlySet<string> UnreadKeys { get; } = UnreadSheets.SelectMany(WorkbookLayout.KeysOf).ToHashSet(StringComparer.Ordinal);
}

/// <summary>One item's rows: its 事项目录 row and, in sheet order, its rows of the list sheets.</summary>
public sealed class ItemRows(string code, TableRow itemRow)
{
    public string Code => code;
    public TableRow ItemRow => itemRow;
    public List<(SheetSpec Spec, TableRow Row)> ListRows { get; } = new();
}

/// <summary>
/// Reads a workbook as items, streaming: <see cref="Begin"/> reads the hidden sheet and the list
/// sheets (small: most implementations inherit their lists) and groups their rows by item code;
/// <see cref="Items"/> then streams 事项目录 (10^5 rows at a province) one item at a time with its
/// list rows, so neither the big sheet nor 10^5 trees are held; <see cref="Build"/> makes an item's
/// tree (in parallel, one item per call); <see cref="End"/> gives what only the whole sheet tells.
/// </summary>
public sealed class ItemAssembler(string workbookName)
{
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly HashSet<string> _unread = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(SheetSpec, TableRow)>> _listRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _firstRow = new(StringComparer.Ordinal);
    private readonly List<string> _codes = new();
    private readonly List<int> _hiddenItemRows = new();
    private SheetEntry? _itemSheet;
    private SheetTable? _itemTable;
    private IReadOnlyList<ColumnSpec> _itemColumns = WorkbookLayout.Items.Columns;
    private int _kindColumn = -1;

    /// <summary>The hidden sheet (read by <see cref="Begin"/>).</summary>
    public WorkbookMeta Meta { get; private set; } = new(null, null, new Dictionary<string, string>(), false);

    /// <summary>Whether 事项目录 could be read (found, with its columns).</summary>
    public bool ItemsReadable => _itemTable is not null;

    /// <summary>The item keys filled by the sheets that could not be read (known after <see cref="Begin"/>).</summary>
    public IReadOnlySet<string> UnreadKeys => _unread.SelectMany(WorkbookLayout.KeysOf).ToHashSet(StringComparer.Ordinal);

    public void Begin(StreamedWorkbook workbook)
    {
        foreach (var sheet in workbook.Sheets)
        {
            var name = sheet.Name.Trim();
            if (WorkbookLayout.Sheet(name) is null && name != WorkbookLayout.HelpSheet && name != WorkbookLayout.MetaSheet)
            {
                _diagnostics.Add(new CellPlace(sheet.Name, 1, 0).Diagnose(WorkbookRules.UnknownSheet, workbookName, null, ("sheet", sheet.Name)));
            }
        }
        Meta = workbook.Sheet(WorkbookLayout.MetaSheet) is { } meta ? ReadMeta(workbook.Rows(meta)) : Meta;
        foreach (var spec in WorkbookLayout.DataSheets)
        {
            var sheet = workbook.Sheet(spec.Name);
            if (sheet is null)
            {
                _diagnostics.Add(new CellPlace(spec.Name, 1, 0).Diagnose(WorkbookRules.MissingSheet, workbookName, null, ("sheet", spec.Name)));
                _unread.Add(spec.Name);
                continue;
            }
            if (spec.ListKey is null)
            {
                _itemSheet = sheet;
                _itemTable = SheetTable.Read(sheet.Name, Watch(workbook.Rows(sheet), _hiddenItemRows), spec, workbookName, _diagnostics);
                if (_itemTable is null) _unread.Add(spec.Name);
                else
                {
                    _itemColumns = spec.Columns;
                    _kindColumn = IndexOf(_itemColumns, WorkbookLayout.KindHeader);
                }
                continue;
            }
            var hidden = new List<int>();
            var table = SheetTable.Read(sheet.Name, Watch(workbook.Rows(sheet), hidden), spec, workbookName, _diagnostics);
            if (table is null) _unread.Add(spec.Name);
            else ReadList(table);
            ReportHidden(sheet, hidden);
        }
    }

    /// <summary>
    /// 事项目录's items in row order, each with its list rows, read as they are taken; the first of
    /// two rows with one code wins (the second is a duplicate).
    /// </summary>
    public IEnumerable<ItemRows> Items()
    {
        if (_itemTable is null) yield break;
        foreach (var row in _itemTable.Rows)
        {
            var code = CodeOf(row, _diagnostics);
            if (code is null) continue;
            if (_firstRow.TryGetValue(code, out var first))
            {
                _diagnostics.Add(row.Place(0).Diagnose(WorkbookRules.DuplicateRow, workbookName, code, ("key", code), ("firstRow", first.ToString())));
                continue;
            }
            _firstRow[code] = row.Raw.Number;
            _codes.Add(code);
            var item = new ItemRows(code, row);
            if (_listRows.Remove(code, out var rows)) item.ListRows.AddRange(rows);
            yield return item;
        }
    }

    /// <summary>After <see cref="Items"/>: list rows whose code has no 事项目录 row, hidden rows of 事项目录, and the codes read.</summary>
    public AssembledWorkbook End()
    {
        if (_itemSheet is not null) ReportHidden(_itemSheet, _hiddenItemRows);
        // Without a readable 事项目录 every row would be unmatched: its one error says enough.
        if (!_unread.Contains(WorkbookLayout.ItemsSheet))
        {
            foreach (var (code, rows) in _listRows)
            {
                foreach (var (_, row) in rows) _diagnostics.Add(row.Place(0).Diagnose(WorkbookRules.UnmatchedCode, workbookName, code, ("code", code)));
            }
        }
        return new AssembledWorkbook(_codes, Meta, _diagnostics, _unread);
    }

    /// <summary>Rows as they pass, noting hidden rows that hold something (hidden data is imported, and said so).</summary>
    internal static IEnumerable<RawRow> Watch(IEnumerable<RawRow> rows, List<int> hidden)
    {
        foreach (var row in rows)
        {
            if (row.Hidden && row.Cells.Values.Any(c => CellText.Trim(c.Text).Length > 0)) hidden.Add(row.Number);
            yield return row;
        }
    }

    internal void ReportHidden(SheetEntry sheet, List<int> hidden)
    {
        if (sheet.Hidden)
        {
            _diagnostics.Add(new CellPlace(sheet.Name, 1, 0).Diagnose(WorkbookRules.HiddenData, workbookName, null, ("what", new MessageText("workbookPhrase.sheetIs", ("sheet", EnglishNames.Term(sheet.Name))))));
        }
        if (hidden.Count == 0) return;
        var first = new MessageList("list.separator", [.. hidden.Take(20).Select(n => (MessageArgument)n.ToString(CultureInfo.InvariantCulture))]);
        MessageArgument rows = hidden.Count > 20 ? new MessageText("workbookPhrase.rowsAndMore", ("rows", first), ("count", hidden.Count)) : first;
        _diagnostics.Add(new CellPlace(sheet.Name, hidden[0], 0).Diagnose(WorkbookRules.HiddenData, workbookName, null,
            ("what", new MessageText("workbookPhrase.rowsOfSheetAre", ("rows", rows), ("sheet", EnglishNames.Term(sheet.Name))))));
    }

    /// <summary>A list sheet's rows, grouped by code in sheet order (matched to 事项目录 as its rows stream).</summary>
    private void ReadList(SheetTable table)
    {
        foreach (var row in table.Rows)
        {
            var code = CodeOf(row, _diagnostics);
            if (code is null) continue;
            if (!_listRows.TryGetValue(code, out var rows)) _listRows[code] = rows = new();
            rows.Add((table.Spec, row));
        }
    }

    /// <summary>One item's tree from its rows (called in parallel, one item per call), with the problems found in its cells.</summary>
    public (ItemDraft Draft, List<Diagnostic> Problems) Build(ItemRows rows)
    {
        var problems = new List<Diagnostic>();
        var draft = BuildItem(rows.ItemRow, _itemColumns, _kindColumn, problems)!;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (spec, row) in rows.ListRows)
        {
            var entry = spec.Name == WorkbookLayout.GuideSheet ? GuideEntry(row, draft, problems, out var key) : ListEntry(row, spec, draft, problems, out key);
            if (entry is null) continue;
            // Keyed by sheet as well: a step and a material of one name are not duplicates.
            var duplicateKey = spec.Name + "｜" + key.Identity;
            if (seen.TryGetValue(duplicateKey, out var firstRow))
            {
                problems.Add(row.Place(1).Diagnose(WorkbookRules.DuplicateRow, workbookName, draft.Code, ("key", key), ("firstRow", firstRow.ToString())));
                continue;
            }
            seen[duplicateKey] = row.Raw.Number;
            draft.List(entry.Value.ListKey).Items.Add(entry.Value.Node);
        }
        foreach (var (key, list) in draft.Lists) draft.Root.Pairs.Add(new(Key(key), list));
        return (draft, problems);
    }

    /// <summary>The tree of one row that is a whole file (事项目录, or 一件事 with <paramref name="kindColumn"/> -1: no 类别).</summary>
    internal ItemDraft? BuildItem(TableRow row, IReadOnlyList<ColumnSpec> columns, int kindColumn, List<Diagnostic> problems)
    {
        var code = CodeOf(row, problems);
        if (code is null) return null;
        var root = YNode.Mapping(0, 0);
        var kind = kindColumn >= 0 && row.Cell(kindColumn) is { } k ? CellText.Trim(k.Text) : null;
        var draft = new ItemDraft(code, string.IsNullOrEmpty(kind) ? null : kind, row.Place(0), root) { KindPlace = row.Place(Math.Max(0, kindColumn)) };
        draft.Place(root, row.Place(0));
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Path.Length == 0) continue;
            if (Scalar(row, i, draft, problems) is { } node) Set(root, columns[i].Path, node);
        }
        if (draft.Kind is not null and not WorkbookLayout.KindStandard and not WorkbookLayout.KindImplementation)
        {
            problems.Add(row.Place(kindColumn).Diagnose(WorkbookRules.BadCellValue, workbookName, code,
                ("header", WorkbookLayout.KindHeader), ("value", draft.Kind), ("expected", new MessageText("workbookPhrase.standardOrImplementation",
                    ("standard", EnglishNames.Term(WorkbookLayout.KindStandard)), ("implementation", EnglishNames.Term(WorkbookLayout.KindImplementation))))));
        }
        return draft;
    }

    internal (string ListKey, YNode Node)? ListEntry(TableRow row, SheetSpec spec, ItemDraft draft, List<Diagnostic> problems, out MessageArgument key)
    {
        var node = draft.Place(YNode.Mapping(0, 0), row.Place(0));
        for (var i = 1; i < spec.Columns.Count; i++)
        {
            if (Scalar(row, i, draft, problems) is { } value) Set(node, spec.Columns[i].Path, value);
        }
        key = node.Get("name")?.Value is { } name ? name : new MessageText("workbookPhrase.row", ("row", row.Raw.Number));
        return (spec.ListKey!, node);
    }

    private (string ListKey, YNode Node)? GuideEntry(TableRow row, ItemDraft draft, List<Diagnostic> problems, out MessageArgument key)
    {
        var code = draft.Code;
        var columns = WorkbookLayout.Guide.Columns;
        var element = row.Cell(1) is { } e ? CellText.Trim(e.Text) : "";
        var content = Scalar(row, 2, draft, problems);
        var article = Scalar(row, 3, draft, problems);
        key = new MessageText("workbookPhrase.elementContent", ("element", EnglishNames.Term(element)), ("content", content?.Value ?? ""));
        switch (element)
        {
            case WorkbookLayout.ElementBasis:
            {
                var node = draft.Place(YNode.Mapping(0, 0), row.Place(0));
                if (content is not null) node.Pairs.Add(new(Key("law"), content));
                if (article is not null) node.Pairs.Add(new(Key("article"), article));
                return ("basis", node);
            }
            case WorkbookLayout.ElementCondition or WorkbookLayout.ElementCommitmentCondition or WorkbookLayout.ElementNote:
            {
                var node = content ?? draft.Place(YNode.Scalar("", true, 0, 0), row.Place(2));
                if (article is not null)
                {
                    problems.Add(row.Place(3).Diagnose(WorkbookRules.BadCellValue, workbookName, code,
                        ("header", columns[3].Header), ("value", article.Value), ("expected", new MessageText("workbookPhrase.blankArticlesBelongToBasis", ("basis", EnglishNames.Term(WorkbookLayout.ElementBasis))))));
                }
                return (element switch { WorkbookLayout.ElementCondition => "conditions", WorkbookLayout.ElementCommitmentCondition => "commitmentConditions", _ => "notes" }, node);
            }
            default:
                problems.Add(row.Place(1).Diagnose(WorkbookRules.BadCellValue, workbookName, code,
                    ("header", WorkbookLayout.ElementHeader), ("value", element), ("expected", new MessageText("workbookPhrase.oneOfTheGuideElements",
                        ("basis", EnglishNames.Term(WorkbookLayout.ElementBasis)), ("condition", EnglishNames.Term(WorkbookLayout.ElementCondition)),
                        ("commitment", EnglishNames.Term(WorkbookLayout.ElementCommitmentCondition)), ("note", EnglishNames.Term(WorkbookLayout.ElementNote))))));
                return null;
        }
    }

    internal string? CodeOf(TableRow row, List<Diagnostic> problems)
    {
        var cell = row.Cell(0);
        var code = cell is { } c ? CellText.Convert(c, row.Sheet == WorkbookLayout.ItemsSheet ? WorkbookLayout.Items.Columns[0] : WorkbookLayout.Materials.Columns[0], out _)?.Value : null;
        if (code is null)
        {
            problems.Add(row.Place(0).Diagnose(WorkbookRules.RowWithoutCode, workbookName, null));
        }
        return code;
    }

    /// <summary>The YAML node of one cell, or null when blank or unreadable (then a diagnostic names the cell).</summary>
    internal YNode? Scalar(TableRow row, int specColumn, ItemDraft draft, List<Diagnostic> problems)
    {
        var code = draft.Code;
        if (row.Cell(specColumn) is not { } cell) return null;
        var spec = WorkbookLayout.Sheet(row.Sheet)!.Columns[specColumn];
        var place = row.Place(specColumn);
        if (spec.Kind == CellKind.ChoiceList)
        {
            var values = CellText.SplitList(cell.Text);
            if (values.Count == 0) return null;
            if (spec.Choices is { } choices && values.FirstOrDefault(v => !choices.Contains(v)) is { } wrong)
            {
                problems.Add(place.Diagnose(WorkbookRules.BadCellValue, workbookName, code, ("header", spec.Header), ("value", wrong), ("expected", CellText.OneOf(choices))));
                return null;
            }
            var seq = draft.Place(YNode.Sequence(0, 0), place);
            foreach (var v in values) seq.Items.Add(draft.Place(YNode.Scalar(v, true, 0, 0), place));
            return seq;
        }
        var scalar = CellText.Convert(cell, spec, out var expected);
        if (expected is not null)
        {
            problems.Add(place.Diagnose(WorkbookRules.BadCellValue, workbookName, code, ("header", spec.Header), ("value", CellText.Trim(cell.Text)), ("expected", expected.Value)));
            return null;
        }
        return scalar is { } s ? draft.Place(YNode.Scalar(s.Value, s.IsString, 0, 0), place) : null;
    }

    /// <summary>Key nodes are shared by every built tree (they are never changed): 10^5 items need only a few dozen.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, YNode> Keys = new(StringComparer.Ordinal);

    internal static YNode Key(string key) => Keys.GetOrAdd(key, k => YNode.Scalar(k, false, 0, 0));

    private static void Set(YNode mapping, string path, YNode value)
    {
        var parts = path.Split('.');
        var current = mapping;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var child = current.Get(parts[i]);
            if (child is null)
            {
                child = YNode.Mapping(0, 0);
                current.Pairs.Add(new(Key(parts[i]), child));
            }
            current = child;
        }
        current.Pairs.Add(new(Key(parts[^1]), value));
    }

    private static int IndexOf(IReadOnlyList<ColumnSpec> columns, string header)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Header == header) return i;
        }
        return -1;
    }

    private static WorkbookMeta ReadMeta(IEnumerable<RawRow> rows)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? version = null, revision = null;
        var inKeys = false;
        foreach (var row in rows)
        {
            var a = row.Cells.TryGetValue(0, out var ca) ? CellText.Trim(ca.Text) : "";
            var b = row.Cells.TryGetValue(1, out var cb) ? CellText.Trim(cb.Text) : "";
            if (inKeys)
            {
                if (a.Length > 0 && b.Length > 0) files[a] = b;
                continue;
            }
            switch (a)
            {
                case MetaKeys.SchemaVersion: version = b; break;
                case MetaKeys.Revision: revision = b; break;
                case MetaKeys.RowKeyCode: inKeys = true; break;
            }
        }
        return new WorkbookMeta(version, revision, files, true);
    }
}
