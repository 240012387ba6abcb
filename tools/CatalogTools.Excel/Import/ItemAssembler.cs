using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Yaml;
using CatalogTools.Excel.Export;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Import;

/// <summary>
/// What the workbook holds, as items: drafts in 事项目录 order (each knowing where its nodes came
/// from), the hidden sheet, diagnostics, and the data sheets that could not be read (missing, or a
/// column missing or renamed): checks that depend on those sheets are not made, so one structural
/// error stays one error.
/// </summary>
public sealed record AssembledWorkbook(
    List<ItemDraft> Items,
    WorkbookMeta Meta,
    List<Diagnostic> Diagnostics,
    IReadOnlySet<string> UnreadSheets)
{
    /// <summary>The item keys filled by the sheets that could not be read: the files keep theirs.</summary>
    public IReadOnlySet<string> UnreadKeys { get; } = UnreadSheets.SelectMany(WorkbookLayout.KeysOf).ToHashSet(StringComparer.Ordinal);
}

/// <summary>Builds one YAML tree per item from the rows of every sheet.</summary>
public sealed class ItemAssembler(string workbookName)
{
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly Dictionary<string, ItemDraft> _items = new(StringComparer.Ordinal);
    private readonly List<ItemDraft> _order = new();
    private readonly HashSet<string> _unread = new(StringComparer.Ordinal);

    public AssembledWorkbook Assemble(RawWorkbook workbook)
    {
        foreach (var sheet in workbook.Sheets)
        {
            var name = sheet.Name.Trim();
            if (WorkbookLayout.Sheet(name) is null && name != WorkbookLayout.HelpSheet && name != WorkbookLayout.MetaSheet)
            {
                _diagnostics.Add(new CellPlace(sheet.Name, 1, 0).Diagnose(WorkbookRules.UnknownSheet, workbookName, null, ("sheet", sheet.Name)));
            }
        }
        var tables = new List<SheetTable>();
        foreach (var spec in WorkbookLayout.DataSheets)
        {
            var sheet = workbook.Sheet(spec.Name);
            if (sheet is null)
            {
                _diagnostics.Add(new CellPlace(spec.Name, 1, 0).Diagnose(WorkbookRules.MissingSheet, workbookName, null, ("sheet", spec.Name)));
                _unread.Add(spec.Name);
                continue;
            }
            ReportHidden(sheet);
            if (SheetTable.Read(sheet, spec, workbookName, _diagnostics) is { } table) tables.Add(table);
            else _unread.Add(spec.Name);
        }
        foreach (var table in tables.Where(t => t.Spec.ListKey is null)) ReadItems(table);
        foreach (var table in tables.Where(t => t.Spec.ListKey is not null)) ReadList(table);
        foreach (var item in _order)
        {
            foreach (var (key, list) in item.Lists) item.Root.Pairs.Add(new(Key(key), list));
        }
        return new AssembledWorkbook(_order, ReadMeta(workbook.Sheet(WorkbookLayout.MetaSheet)), _diagnostics, _unread);
    }

    private void ReportHidden(RawSheet sheet)
    {
        if (sheet.Hidden)
        {
            _diagnostics.Add(new CellPlace(sheet.Name, 1, 0).Diagnose(WorkbookRules.HiddenData, workbookName, null, ("what", MessageTemplateFormatter.Localized($"工作表『{sheet.Name}』", $"sheet {EnglishNames.Of(sheet.Name)} is"))));
        }
        var hidden = sheet.Rows.Where(r => r.Hidden && r.Cells.Values.Any(c => CellText.Trim(c.Text).Length > 0)).Select(r => r.Number).ToList();
        if (hidden.Count == 0) return;
        var list = string.Join("、", hidden.Take(20)) + (hidden.Count > 20 ? $" 等 {hidden.Count} 行" : "");
        var listEn = string.Join(", ", hidden.Take(20)) + (hidden.Count > 20 ? $" and more ({hidden.Count})" : "");
        _diagnostics.Add(new CellPlace(sheet.Name, hidden[0], 0).Diagnose(WorkbookRules.HiddenData, workbookName, null,
            ("what", MessageTemplateFormatter.Localized($"工作表『{sheet.Name}』的第 {list} 行", $"rows {listEn} of sheet {EnglishNames.Of(sheet.Name)} are"))));
    }

    /// <summary>
    /// 事项目录: one tree per row, built in parallel (rows are independent; 10^5 of them are most of
    /// the assembling), then taken in row order so the first of two rows with one code wins.
    /// </summary>
    private void ReadItems(SheetTable table)
    {
        var columns = table.Spec.Columns;
        var kindColumn = IndexOf(columns, WorkbookLayout.KindHeader);
        var built = new (ItemDraft? Draft, List<Diagnostic> Problems)[table.Rows.Count];
        Parallel.For(0, table.Rows.Count, i =>
        {
            var problems = new List<Diagnostic>();
            built[i] = (BuildItem(table.Rows[i], columns, kindColumn, problems), problems);
        });
        foreach (var (draft, problems) in built)
        {
            if (draft is not null && _items.TryGetValue(draft.Code, out var first))
            {
                _diagnostics.Add(draft.Row.Diagnose(WorkbookRules.DuplicateRow, workbookName, draft.Code, ("key", draft.Code), ("firstRow", first.Row.Row.ToString())));
                continue;
            }
            _diagnostics.AddRange(problems);
            if (draft is null) continue;
            _items[draft.Code] = draft;
            _order.Add(draft);
        }
    }

    private ItemDraft? BuildItem(TableRow row, IReadOnlyList<ColumnSpec> columns, int kindColumn, List<Diagnostic> problems)
    {
        var code = CodeOf(row, problems);
        if (code is null) return null;
        var root = YNode.Mapping(0, 0);
        var kind = row.Cell(kindColumn) is { } k ? CellText.Trim(k.Text) : null;
        var draft = new ItemDraft(code, string.IsNullOrEmpty(kind) ? null : kind, row.Place(0), root) { KindPlace = row.Place(kindColumn) };
        draft.Place(root, row.Place(0));
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Path.Length == 0) continue;
            if (Scalar(row, i, draft, problems) is { } node) Set(root, columns[i].Path, node);
        }
        if (draft.Kind is not null and not WorkbookLayout.KindStandard and not WorkbookLayout.KindImplementation)
        {
            problems.Add(row.Place(kindColumn).Diagnose(WorkbookRules.BadCellValue, workbookName, code,
                ("header", WorkbookLayout.KindHeader), ("value", draft.Kind), ("expected", MessageTemplateFormatter.Localized("『标准事项』或『实施清单』", $"{EnglishNames.Of(WorkbookLayout.KindStandard)} or {EnglishNames.Of(WorkbookLayout.KindImplementation)}"))));
        }
        return draft;
    }

    private void ReadList(SheetTable table)
    {
        var spec = table.Spec;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var isGuide = spec.Name == WorkbookLayout.GuideSheet;
        foreach (var row in table.Rows)
        {
            var code = CodeOf(row, _diagnostics);
            if (code is null) continue;
            if (!_items.TryGetValue(code, out var draft))
            {
                // Without a readable 事项目录 every row would be unmatched: its one error says enough.
                if (!_unread.Contains(WorkbookLayout.ItemsSheet)) _diagnostics.Add(row.Place(0).Diagnose(WorkbookRules.UnmatchedCode, workbookName, code, ("code", code)));
                continue;
            }
            var entry = isGuide ? GuideEntry(row, draft, out var key) : ListEntry(row, spec, draft, out key);
            if (entry is null) continue;
            var duplicateKey = code + "｜" + key;
            if (seen.TryGetValue(duplicateKey, out var firstRow))
            {
                _diagnostics.Add(row.Place(1).Diagnose(WorkbookRules.DuplicateRow, workbookName, code, ("key", key), ("firstRow", firstRow.ToString())));
                continue;
            }
            seen[duplicateKey] = row.Raw.Number;
            draft.List(entry.Value.ListKey).Items.Add(entry.Value.Node);
        }
    }

    private (string ListKey, YNode Node)? ListEntry(TableRow row, SheetSpec spec, ItemDraft draft, out string key)
    {
        var node = draft.Place(YNode.Mapping(0, 0), row.Place(0));
        for (var i = 1; i < spec.Columns.Count; i++)
        {
            if (Scalar(row, i, draft, _diagnostics) is { } value) Set(node, spec.Columns[i].Path, value);
        }
        key = node.Get("name")?.Value ?? MessageTemplateFormatter.Localized($"第 {row.Raw.Number} 行", $"row {row.Raw.Number}");
        return (spec.ListKey!, node);
    }

    private (string ListKey, YNode Node)? GuideEntry(TableRow row, ItemDraft draft, out string key)
    {
        var code = draft.Code;
        var columns = WorkbookLayout.Guide.Columns;
        var element = row.Cell(1) is { } e ? CellText.Trim(e.Text) : "";
        var content = Scalar(row, 2, draft, _diagnostics);
        var article = Scalar(row, 3, draft, _diagnostics);
        key = MessageTemplateFormatter.Localized(element + "：" + (content?.Value ?? ""), EnglishNames.Of(element) + ": " + (content?.Value ?? ""));
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
                    _diagnostics.Add(row.Place(3).Diagnose(WorkbookRules.BadCellValue, workbookName, code,
                        ("header", columns[3].Header), ("value", article.Value), ("expected", MessageTemplateFormatter.Localized("空白（条款只用于设定依据）", $"blank: articles belong to {EnglishNames.Of(WorkbookLayout.ElementBasis)} rows only"))));
                }
                return (element switch { WorkbookLayout.ElementCondition => "conditions", WorkbookLayout.ElementCommitmentCondition => "commitmentConditions", _ => "notes" }, node);
            }
            default:
                _diagnostics.Add(row.Place(1).Diagnose(WorkbookRules.BadCellValue, workbookName, code,
                    ("header", WorkbookLayout.ElementHeader), ("value", element), ("expected", MessageTemplateFormatter.Localized("设定依据、受理条件、可告知承诺的条件或注意事项",
                        $"{EnglishNames.Of(WorkbookLayout.ElementBasis)}, {EnglishNames.Of(WorkbookLayout.ElementCondition)}, {EnglishNames.Of(WorkbookLayout.ElementCommitmentCondition)} or {EnglishNames.Of(WorkbookLayout.ElementNote)}"))));
                return null;
        }
    }

    private string? CodeOf(TableRow row, List<Diagnostic> problems)
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
    private YNode? Scalar(TableRow row, int specColumn, ItemDraft draft, List<Diagnostic> problems)
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
            problems.Add(place.Diagnose(WorkbookRules.BadCellValue, workbookName, code, ("header", spec.Header), ("value", CellText.Trim(cell.Text)), ("expected", expected)));
            return null;
        }
        return scalar is { } s ? draft.Place(YNode.Scalar(s.Value, s.IsString, 0, 0), place) : null;
    }

    /// <summary>Key nodes are shared by every built tree (they are never changed): 10^5 items need only a few dozen.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, YNode> Keys = new(StringComparer.Ordinal);

    private static YNode Key(string key) => Keys.GetOrAdd(key, k => YNode.Scalar(k, false, 0, 0));

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

    private static WorkbookMeta ReadMeta(RawSheet? sheet)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (sheet is null) return new WorkbookMeta(null, null, files, false);
        string? version = null, revision = null;
        var inKeys = false;
        foreach (var row in sheet.Rows)
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
