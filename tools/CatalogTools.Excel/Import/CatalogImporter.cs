using System.Collections.Concurrent;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Comparison;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Formatting;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Writing;
using CatalogTools.Core.Yaml;
using CatalogTools.Excel.Export;
using CatalogTools.Excel.Layout;
using CatalogTools.Rules;

namespace CatalogTools.Excel.Import;

/// <summary>
/// Turns a filled workbook into a plan of YAML changes and validates the catalog those changes
/// would produce exactly as `catalog check` does (every rule, policy severities, suppressions),
/// in memory, before anything is written. <see cref="Apply"/> writes a plan without errors.
/// <paramref name="files"/> says where that check gets the files import does not change (default:
/// read and parse them; the CLI passes check's parse cache); <paramref name="phase"/> is told when
/// each phase ends (for CATALOG_TIMINGS).
/// </summary>
public sealed class CatalogImporter(CatalogLocation location, TimeProvider clock, IParsedFiles? files = null, Action<string>? phase = null)
{
    private readonly CatalogFormatter _formatter = new(location);
    private readonly IParsedFiles _files = files ?? new UncachedFiles(location);

    /// <summary>Keys import rebuilds from the sheets; any other key already in a file is kept as it is.</summary>
    private static readonly HashSet<string> CoveredKeys = new(
        WorkbookLayout.Items.Columns.Select(c => c.Path.Split('.')[0]).Where(p => p.Length > 0)
            .Concat(["basis", "conditions", "commitmentConditions", "notes", "materials", "steps", "fees"]), StringComparer.Ordinal);

    /// <summary>Keys import rebuilds in a 一件事 file from the 一件事 sheets.</summary>
    private static readonly HashSet<string> BundleKeys = new(
        WorkbookLayout.Bundles.Columns.Select(c => c.Path.Split('.')[0]).Where(p => p.Length > 0).Concat(["members", "materials"]), StringComparer.Ordinal);

    /// <param name="allowDeletions">--allow-deletions: removing more than import.maxDeletedShare of an item's materials or steps is allowed (and reported as info) rather than an error.</param>
    public ImportPlan Plan(Stream workbook, string workbookName, bool allowDeletions = false)
    {
        var files = CatalogLoader.EnumerateFiles(location.CatalogRoot);
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var bundleFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            var fileKind = FileKinds.FromPath(f);
            if (fileKind is FileKind.StandardItem or FileKind.Implementation) byCode.TryAdd(Path.GetFileNameWithoutExtension(f), f);
            else if (fileKind == FileKind.ServiceBundle) bundleFiles.TryAdd(Path.GetFileNameWithoutExtension(f), f);
        }
        var share = PolicyFile.Read(location).MaxDeletedShare;
        var assembler = new ItemAssembler(workbookName);
        var bundleReader = new BundleAssembler(workbookName, assembler);
        List<(BundleDraft Bundle, List<Diagnostic> Problems)> bundles;
        StreamedWorkbook? open = null;
        var problems = new ConcurrentBag<Diagnostic>();
        var changedAt = new ConcurrentBag<(int Index, ItemOutcome Outcome)>();
        AssembledWorkbook assembled;
        try
        {
            try
            {
                open = WorkbookReader.Open(workbook, WorkbookLimits.Default);
                assembler.Begin(open);
                phase?.Invoke("workbook");
            }
            catch (WorkbookLimitException)
            {
                throw;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return Unreadable(e, workbookName);
            }
            var keys = assembler.Meta;
            var unreadKeys = assembler.UnreadKeys;
            var index = 0;
            // 事项目录 streams in batches: each item's tree is built, compared with its file and dropped
            // unless it changed, so memory holds a batch of rows, never the sheet or 10^5 trees.
            foreach (var batch in assembler.Items().Chunk(2048))
            {
                var first = index;
                Parallel.For(0, batch.Length, j =>
                {
                    var (draft, cellProblems) = assembler.Build(batch[j]);
                    batch[j] = null!;
                    foreach (var problem in cellProblems) problems.Add(problem);
                    var path = keys.Files.TryGetValue(draft.Code, out var p) && byCode.ContainsKey(draft.Code) ? p : byCode.GetValueOrDefault(draft.Code) ?? NewPath(draft);
                    var kind = FileKinds.FromPath(path);
                    var kindText = kind == FileKind.StandardItem ? WorkbookLayout.KindStandard : WorkbookLayout.KindImplementation;
                    if (draft.Kind is not null && draft.Kind != kindText && draft.Kind is WorkbookLayout.KindStandard or WorkbookLayout.KindImplementation)
                    {
                        problems.Add(draft.KindPlace.Diagnose(WorkbookRules.BadCellValue, workbookName, draft.Code,
                            ("header", WorkbookLayout.KindHeader), ("value", draft.Kind), ("expected", new MessageText("workbookPhrase.kindAsItsFile", ("kind", EnglishNames.Term(kindText)), ("path", path)))));
                    }
                    var outcome = Prepare(draft, path, kind, share, unreadKeys);
                    if (outcome.Changed) changedAt.Add((first + j, outcome)); // unchanged items keep nothing in memory
                });
                index += batch.Length;
            }
            bundles = bundleReader.Read(open, expected: keys.Files.Values.Any(f => FileKinds.FromPath(f) == FileKind.ServiceBundle));
            assembled = assembler.End();
        }
        catch (WorkbookLimitException e)
        {
            var place = new CellPlace(e.Sheet ?? "", e.Row, e.Column);
            var limit = place.Diagnose(WorkbookRules.Limit, workbookName, null, ("detail", e.Detail));
            if (e.Sheet is null) limit = limit with { Place = null };
            var refused = SeverityPolicy.Read(location).Apply([limit]);
            return new ImportPlan([], refused, Summary(refused, 0, 0), 0);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException)
        {
            // A sheet's XML or its zip entry damaged past the part the SDK opened.
            return Unreadable(e, workbookName);
        }
        finally
        {
            open?.Dispose();
        }
        var diagnostics = new List<Diagnostic>(assembled.Diagnostics);
        var meta = assembled.Meta;
        if (meta.Present && meta.SchemaVersion != WorkbookLayout.SchemaVersion)
        {
            diagnostics.Add(new CellPlace(WorkbookLayout.MetaSheet, 1, 1).Diagnose(WorkbookRules.WorkbookVersion, workbookName, null,
                ("found", meta.SchemaVersion ?? ""), ("expected", WorkbookLayout.SchemaVersion)));
        }
        var inWorkbook = assembled.Codes.ToHashSet(StringComparer.Ordinal);
        // With 事项目录 unreadable every exported item would look removed: its structural error says enough.
        var itemsRead = !assembled.UnreadSheets.Contains(WorkbookLayout.ItemsSheet);
        foreach (var code in meta.Files.Keys.Where(c => itemsRead && !inWorkbook.Contains(c) && FileKinds.FromPath(meta.Files[c]) != FileKind.ServiceBundle).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(new CellPlace(WorkbookLayout.ItemsSheet, 1, 0).Diagnose(WorkbookRules.ItemRowRemoved, workbookName, code, ("code", code)));
        }
        diagnostics.AddRange(bundleReader.Diagnostics);
        var bundlesInWorkbook = bundleReader.Codes.ToHashSet(StringComparer.Ordinal);
        foreach (var code in meta.Files.Keys.Where(c => bundleReader.BundlesRead && !bundlesInWorkbook.Contains(c) && FileKinds.FromPath(meta.Files[c]) == FileKind.ServiceBundle).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(new CellPlace(WorkbookLayout.BundlesSheet, 1, 0).Diagnose(WorkbookRules.BundleRowRemoved, workbookName, code, ("code", code)));
        }
        var members = bundles.Count == 0 ? null : new MemberCodes(byCode, assembled.Codes);
        var bundleIndex = assembled.Codes.Count; // bundles are listed after the items
        foreach (var (bundle, bundleProblems) in bundles)
        {
            diagnostics.AddRange(bundleProblems);
            diagnostics.AddRange(bundle.Members.Select(m => members!.Diagnose(m.Code, m.Place, bundle.Draft, workbookName)).OfType<Diagnostic>());
            var draft = bundle.Draft;
            var path = meta.Files.TryGetValue(draft.Code, out var p) && bundleFiles.ContainsKey(draft.Code) ? p : bundleFiles.GetValueOrDefault(draft.Code) ?? $"{BundleFlattener.Folder}/{draft.Code}.yaml";
            var outcome = Prepare(draft, path, FileKind.ServiceBundle, share, bundleReader.UnreadKeys);
            if (outcome.Changed) changedAt.Add((bundleIndex++, outcome));
        }
        if (!meta.Present && itemsRead)
        {
            // Without the hidden sheet the exported set is not recorded: items the workbook's own rows imply are looked for instead.
            foreach (var code in ExportScope.Missing(assembled.Codes, byCode.Keys))
            {
                diagnostics.Add(new CellPlace(WorkbookLayout.ItemsSheet, 1, 0).Diagnose(WorkbookRules.ItemRowRemoved, workbookName, code, ("code", code)) with { Severity = Severity.Warning });
            }
        }
        diagnostics.AddRange(problems);
        var itemCount = assembled.Codes.Count;
        phase?.Invoke("compare");

        diagnostics = SeverityPolicy.Read(location).Apply(diagnostics); // policy.yaml severities reach the workbook rules as they reach check's
        var changed = changedAt.OrderBy(c => c.Index).Select(c => c.Outcome).ToList();
        // Deletions are guarded by the share in policy.yaml and --allow-deletions, not by severities: they are never switched off.
        var deletions = changed.SelectMany(c => c.Deletions.Select(d => (Deletion: d, c.Draft.Row))).OrderBy(d => d.Deletion.Path, StringComparer.Ordinal).ToList();
        diagnostics.AddRange(deletions.Select(d => DeletionGuard.Diagnose(d.Deletion, d.Row, workbookName, share, allowDeletions)));
        if (!diagnostics.Any(d => d.Severity == Severity.Error))
        {
            diagnostics.AddRange(Validate(files, changed));
        }
        phase?.Invoke("validate");
        var changes = diagnostics.Any(d => d.Severity == Severity.Error) ? [] : Describe(changed);
        diagnostics.Sort(DiagnosticOrder.Instance);
        return new ImportPlan(changes, diagnostics, Summary(diagnostics, changed.Count(c => c.Kind == FileKind.StandardItem), changed.Count(c => c.Kind == FileKind.Implementation), changed.Count(c => c.Kind == FileKind.ServiceBundle)), itemCount)
        {
            Deletions = deletions.Select(d => d.Deletion).ToList(),
        };
    }

    private ImportPlan Unreadable(Exception e, string workbookName)
    {
        var args = new Dictionary<string, MessageArgument>(StringComparer.Ordinal) { ["detail"] = e.Message };
        var unreadable = SeverityPolicy.Read(location).Apply([new Diagnostic(WorkbookRules.Unreadable, Severity.Error, workbookName, 1, 1, null, args)]);
        return new ImportPlan([], unreadable, Summary(unreadable, 0, 0), 0);
    }

    /// <summary>Writes the plan's files all or none, even under kill -9 (<see cref="JournaledWriter"/>). Refuses a plan with errors. Null when written.</summary>
    public WriteFailure? Apply(ImportPlan plan)
    {
        if (plan.HasErrors) throw new InvalidOperationException("a plan with errors is never written");
        return JournaledWriter.WriteFiles(JournaledWriter.WorkspaceOf(location.CatalogRoot), location.CatalogRoot, plan.Changes.Select(c => (c.Path, c.Text)).ToList());
    }

    private static readonly Dictionary<YNode, CellPlace> NoPlaces = new(ReferenceEqualityComparer.Instance);

    private sealed record ItemOutcome(ItemDraft Draft, string Path, FileKind Kind, byte[]? OldBytes, YNode Tree, string Text, bool Changed, Dictionary<YNode, CellPlace> Places)
    {
        /// <summary>Lists of the file that would lose more than the allowed share of their entries.</summary>
        public List<ListDeletion> Deletions { get; init; } = [];
    }

    /// <param name="unreadKeys">Keys whose sheet could not be read: the file keeps its own value (never an empty list, which would read as a deletion).</param>
    private ItemOutcome Prepare(ItemDraft draft, string path, FileKind kind, double share, IReadOnlySet<string> unreadKeys)
    {
        var oldBytes = ReadIfExists(Path.Combine(location.CatalogRoot, path));
        if (oldBytes is not null && kind != FileKind.Unknown && unreadKeys.Count == 0 && RendersAs(draft.Root, kind, path, oldBytes))
        {
            return new ItemOutcome(draft, path, kind, oldBytes, draft.Root, "", false, NoPlaces);
        }
        var oldRead = oldBytes is null ? null : YamlDocumentReader.Read(oldBytes);
        var old = oldRead is { IsReadable: true, Root: { Kind: YKind.Mapping } r } && oldRead.Problems.Count == 0 ? r : null;
        var fresh = draft.Root;
        var covered = kind == FileKind.ServiceBundle ? BundleKeys : CoveredKeys;
        if (old is not null)
        {
            foreach (var (key, value) in old.Pairs)
            {
                if (fresh.Get(key.Value) is not null) continue;
                // A list the file has but the sheets give no rows for stays as an empty list; keys
                // the forms do not cover are kept untouched.
                if (!covered.Contains(key.Value) || unreadKeys.Contains(key.Value)) fresh.Pairs.Add(new(key, value));
                else if (value.Kind == YKind.Sequence) fresh.Pairs.Add(new(YNode.Scalar(key.Value, false, 0, 0), YNode.Sequence(0, 0)));
            }
        }
        else if (kind is FileKind.StandardItem or FileKind.ServiceBundle)
        {
            // A new file gets the lists its schema requires, empty when the sheets have no rows for them.
            foreach (var key in kind == FileKind.StandardItem ? ["basis", "materials", "steps", "fees"] : new[] { "members", "materials" })
            {
                if (fresh.Get(key) is null) fresh.Pairs.Add(new(YNode.Scalar(key, false, 0, 0), YNode.Sequence(0, 0)));
            }
        }
        var graft = new TreeGraft(draft.PlaceMap());
        var tree = graft.Graft(fresh, old);
        if (old is null && kind != FileKind.Unknown) tree.LeadingComments = [SchemaComment(kind, path)];
        var text = _formatter.Render(kind, tree);
        // A canonical file whose text is what the workbook renders is unchanged; otherwise compare
        // with the file's own canonical form, so a file not yet formatted is not rewritten for that.
        var changed = old is null || (!CatalogFormatter.Utf8NoBom.GetBytes(text).AsSpan().SequenceEqual(oldBytes) && _formatter.Render(kind, old) != text);
        return new ItemOutcome(draft, path, kind, oldBytes, tree, text, changed, graft.Places) { Deletions = DeletionGuard.Find(draft.Code, path, old, tree, share) };
    }

    /// <summary>
    /// The quick test for an unedited item: the tree built from the workbook alone, with the usual
    /// schema comment, renders to exactly the file's bytes. Then grafting cannot change anything
    /// and the file need not be parsed. Any difference (an edit, an uncovered key, a comment, a
    /// file not in canonical form) goes the full way through the file's own tree.
    /// </summary>
    private bool RendersAs(YNode fresh, FileKind kind, string path, byte[] oldBytes)
    {
        var comments = fresh.LeadingComments;
        fresh.LeadingComments = [SchemaComment(kind, path)];
        try
        {
            var text = _formatter.Render(kind, fresh);
            return CatalogFormatter.Utf8NoBom.GetBytes(text).AsSpan().SequenceEqual(oldBytes);
        }
        finally
        {
            fresh.LeadingComments = comments;
        }
    }

    private static string SchemaComment(FileKind kind, string path) =>
        " yaml-language-server: $schema=" + "../".Repeat(path.Count(c => c == '/') + 1) + "schemas/" + FileKinds.SchemaFile(kind);

    private static byte[]? ReadIfExists(string full)
    {
        try
        {
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static string NewPath(ItemDraft draft)
    {
        var isStandard = draft.Kind == WorkbookLayout.KindStandard || (draft.Kind is null && !draft.Code.Contains('-'));
        if (isStandard) return $"standards/{draft.Code}.yaml";
        var region = draft.Root.Get("region")?.Value;
        if (string.IsNullOrEmpty(region)) region = draft.Code.Split('-').ElementAtOrDefault(1) ?? "unknown";
        return $"implementations/{region}/{draft.Code}.yaml";
    }

    /// <summary>Loads the catalog as it would be after the import, in memory, and runs check over the changed files.</summary>
    private List<Diagnostic> Validate(List<string> files, List<ItemOutcome> changed)
    {
        if (changed.Count == 0) return [];
        var loader = new CatalogLoader(location);
        var fileLoader = new FileLoader(loader.Schemas);
        var replaced = changed.ToDictionary(c => c.Path, StringComparer.Ordinal);
        // Only what the changed items need, as `check --changed-since` loads: all standards and
        // registries, the changed files and the implementations of changed standards (PartialLoad).
        var selected = PartialLoad.Selector(replaced.Keys.ToHashSet(StringComparer.Ordinal));
        // A changed 一件事 is checked against its members (exist, offered, their limits and visits): their files are read too.
        var memberFiles = changed.Where(c => c.Kind == FileKind.ServiceBundle && c.Tree.Get("members") is { Kind: YKind.Sequence })
            .SelectMany(c => c.Tree.Get("members")!.Items).Select(m => m.Value + ".yaml").ToHashSet(StringComparer.Ordinal);
        // So is a 一件事 the workbook leaves as it is whose member changed (retired, say): reported in its own file.
        var touched = TouchedBundles(files, replaced, changed, fileLoader);
        foreach (var bundle in touched.Values) memberFiles.UnionWith(bundle.Members.Select(m => m + ".yaml"));
        if (selected is { } partial && memberFiles.Count > 0)
        {
            selected = path => partial(path) || (FileKinds.FromPath(path) == FileKind.Implementation && memberFiles.Contains(Path.GetFileName(path)));
        }
        var fromDisk = _files.WorkTree(fileLoader, wholeCatalog: selected is null);
        if (selected is not null) fromDisk = PartialLoad.Loader(selected, fromDisk);
        var onDisk = files.ToHashSet(StringComparer.Ordinal);
        var all = files.Concat(changed.Where(c => !onDisk.Contains(c.Path)).Select(c => c.Path)).Distinct(StringComparer.Ordinal).ToList();
        var results = new FileLoadResult[all.Count];
        Parallel.For(0, all.Count, i =>
        {
            results[i] = replaced.TryGetValue(all[i], out var c)
                ? _files.FromBytes(all[i], CatalogFormatter.Utf8NoBom.GetBytes(c.Text), fileLoader)
                : fromDisk(all[i]);
        });
        var loaded = loader.Build(results);
        // The rules look only at the changed items and the implementations of a changed standard,
        // as a changed-only check does, and report in the changed files and in those
        // implementations' files: a standard's edit can put its implementations in error.
        var scope = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(replaced.Keys, StringComparer.Ordinal);
        reported.UnionWith(touched.Keys);
        foreach (var c in changed)
        {
            scope.Add(c.Draft.Code);
            if (c.Kind != FileKind.StandardItem) continue;
            foreach (var implementation in loaded.Index.ImplementationsOf(c.Draft.Code))
            {
                scope.Add(implementation.Code);
                reported.Add(implementation.Source.File);
            }
        }
        var check = new CatalogChecker(RuleSet.All, clock).Check(loaded, reported.Contains, scope);
        var mapped = new List<Diagnostic>();
        var maps = new Dictionary<string, SortedList<int, LinePlace>>(StringComparer.Ordinal);
        foreach (var d in check.Diagnostics)
        {
            if (touched.TryGetValue(d.File, out var bundle))
            {
                // A bundle the workbook did not change, put in error by a member's edit: named by its code and name.
                mapped.Add(d with { Place = $"{bundle.Code}（{bundle.Name}）" });
                continue;
            }
            if (!replaced.TryGetValue(d.File, out var outcome))
            {
                // An implementation the workbook did not change, put in error by a standard's edit:
                // named by its code and name (the person edited cells, not that file).
                mapped.Add(d.Item is { } item && loaded.Index.Implementations.TryGetValue(item, out var other)
                    ? d with { Place = $"{other.Code}（{ItemName(loaded.Index, other)}）" }
                    : d);
                continue;
            }
            if (!maps.TryGetValue(d.File, out var lines)) maps[d.File] = lines = LineMap(outcome);
            var at = PlaceAt(lines, d.Line);
            var place = at?.Place ?? outcome.Draft.Row;
            mapped.Add(d.Rule.Id == RuleIds.SchemaViolation
                ? InExcelWords(d, place, at?.Value, outcome.Draft.Code)
                : d with { Place = place.ToString(), Item = d.Item ?? outcome.Draft.Code });
        }
        return mapped;
    }

    /// <summary>
    /// The 一件事 files the workbook leaves as they are but whose members it changes: a changed
    /// implementation, or an implementation of a changed standard, is a member. Bundles are few
    /// (tens per province), so their files are read here, before the partial load is chosen.
    /// </summary>
    private Dictionary<string, ServiceBundle> TouchedBundles(List<string> files, Dictionary<string, ItemOutcome> replaced, List<ItemOutcome> changed, FileLoader loader)
    {
        var touched = new Dictionary<string, ServiceBundle>(StringComparer.Ordinal);
        var codes = changed.Where(c => c.Kind == FileKind.Implementation).Select(c => c.Draft.Code).ToHashSet(StringComparer.Ordinal);
        var standards = changed.Where(c => c.Kind == FileKind.StandardItem).Select(c => c.Draft.Code).ToHashSet(StringComparer.Ordinal);
        if (codes.Count == 0 && standards.Count == 0) return touched;
        foreach (var path in files)
        {
            if (FileKinds.FromPath(path) != FileKind.ServiceBundle || replaced.ContainsKey(path)) continue;
            if (loader.Load(path, File.ReadAllBytes(Path.Combine(location.CatalogRoot, path))).Content is not ServiceBundle bundle) continue;
            if (bundle.Members.Any(m => codes.Contains(m) || standards.Contains(m.Split('-')[0]))) touched[path] = bundle;
        }
        return touched;
    }

    /// <summary>
    /// A schema finding in a cell, in the words of the forms: the column's title, the cell's text,
    /// what is wrong with YAML keys replaced by column titles, and the cell's input prompt — never a
    /// YAML path, a schema file or an editor hint.
    /// </summary>
    private Diagnostic InExcelWords(Diagnostic d, CellPlace place, string? value, string code)
    {
        var sheet = WorkbookLayout.Sheet(place.Sheet);
        var original = d.Arguments.GetValueOrDefault("detail");
        var detail = original;
        if (sheet is not null && original.Message is { } said)
        {
            foreach (var c in sheet.Columns.Where(c => c.Path.Length > 0))
            {
                if (!said.Arguments.Any(a => a.Name == "property" && a.Value.Text == c.Path)) continue;
                detail = new MessageText(said.Id, [.. said.Arguments.Select(a => (a.Name, (object?)(a.Name == "property" ? EnglishNames.Term(c.Header) : a.Value)))]);
                // A field named in the finding (a required field left blank) has a cell of its own in the row: point there.
                place = place.InColumn(sheet, c);
                value = null;
            }
        }
        if (original.Message?.Id == "schema.patternMismatch")
        {
            detail = new MessageText("workbookPhrase.theFormatIsWrong");
        }
        var column = place.Header ?? sheet?.Columns[0];
        MessageArgument prompt = column is null ? "" : CellPrompt.Of(column);
        return place.Diagnose(WorkbookRules.CellInvalid, d.File, d.Item ?? code,
            ("header", column?.Header ?? ""), ("value", value ?? ""), ("detail", detail), ("prompt", prompt)) with { Severity = d.Severity };
    }

    private static string ItemName(CatalogTools.Core.Index.CatalogIndex index, CatalogTools.Core.Model.Implementation implementation) =>
        index.Resolve(implementation)?.Name ?? "";

    /// <summary>A line of the rendered file: the cell its value came from and, for a scalar, the value.</summary>
    private readonly record struct LinePlace(CellPlace Place, string? Value);

    /// <summary>Line of the rendered file → the cell its value came from (walks the rendered text and the grafted tree together).</summary>
    private static SortedList<int, LinePlace> LineMap(ItemOutcome outcome)
    {
        var lines = new SortedList<int, LinePlace>();
        var read = YamlDocumentReader.ReadText(outcome.Text);
        if (read.Root is not null) Walk(read.Root, outcome.Tree, outcome.Places, lines, null);
        return lines;
    }

    private static void Walk(YNode rendered, YNode tree, Dictionary<YNode, CellPlace> places, SortedList<int, LinePlace> lines, CellPlace? inherited)
    {
        // A mapping made for a dotted column (promisedLimit: {days, unit}) has no cell of its own:
        // it stands for the first cell inside it, so a finding about it points at that cell, not the code.
        var here = places.TryGetValue(tree, out var p) ? p : FirstPlace(tree, places) ?? inherited;
        var value = rendered.Kind == YKind.Scalar ? rendered.Value : null;
        if (here is { } h && (!lines.ContainsKey(rendered.Line) || rendered.Kind == YKind.Scalar)) lines[rendered.Line] = new(h, value);
        if (rendered.Kind == YKind.Mapping && tree.Kind == YKind.Mapping)
        {
            foreach (var (key, child) in rendered.Pairs)
            {
                if (tree.Get(key.Value) is not { } treeChild) continue;
                var childPlace = places.TryGetValue(treeChild, out var cp) ? cp : FirstPlace(treeChild, places) ?? here;
                if (childPlace is { } c && !lines.ContainsKey(key.Line)) lines[key.Line] = new(c, child.Kind == YKind.Scalar ? child.Value : null);
                Walk(child, treeChild, places, lines, here);
            }
        }
        else if (rendered.Kind == YKind.Sequence && tree.Kind == YKind.Sequence)
        {
            for (var i = 0; i < rendered.Items.Count && i < tree.Items.Count; i++) Walk(rendered.Items[i], tree.Items[i], places, lines, here);
        }
    }

    /// <summary>The cell of the first placed node inside a mapping that has none (depth first), if any.</summary>
    private static CellPlace? FirstPlace(YNode tree, Dictionary<YNode, CellPlace> places)
    {
        if (tree.Kind != YKind.Mapping) return null;
        foreach (var (_, value) in tree.Pairs)
        {
            if (places.TryGetValue(value, out var p)) return p;
            if (FirstPlace(value, places) is { } inner) return inner;
        }
        return null;
    }

    private static LinePlace? PlaceAt(SortedList<int, LinePlace> lines, int line)
    {
        if (lines.TryGetValue(line, out var exact)) return exact;
        LinePlace? before = null;
        foreach (var (l, place) in lines)
        {
            if (l > line) break;
            before = place;
        }
        return before;
    }

    private List<FileChange> Describe(List<ItemOutcome> changed)
    {
        var loader = new FileLoader(SchemaSet.Load(location.SchemasDirectory));
        var result = new FileChange[changed.Count];
        Parallel.For(0, changed.Count, i =>
        {
            var c = changed[i];
            var after = loader.Load(c.Path, CatalogFormatter.Utf8NoBom.GetBytes(c.Text));
            var before = c.OldBytes is null ? null : loader.Load(c.Path, c.OldBytes);
            var elements = new List<ElementChange>();
            if (before?.Standard is { } s0 && after.Standard is { } s1) elements = ElementComparer.CompareStandard(s0, s1);
            else if (before?.Content is ServiceBundle b0 && after.Content is ServiceBundle b1) elements = ElementComparer.CompareBundle(b0, b1);
            else if (before?.Implementation is { } i0 && after.Implementation is { } i1)
            {
                elements = ElementComparer.CompareImplementation(i0, i1);
                elements.AddRange(ElementComparer.Compare(i0.Own, i1.Own));
            }
            result[i] = new FileChange(c.Path, c.Kind, c.Draft.Code, c.OldBytes is null, c.Text, elements);
        });
        return result.OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
    }

    /// <param name="bundles">Changed 一件事 files: counted among the files checked, beside the items.</param>
    private static CheckSummary Summary(IReadOnlyList<Diagnostic> diagnostics, int standards, int implementations, int bundles = 0) => new(
        standards + implementations + bundles, standards, implementations, 0,
        diagnostics.Count(d => d.Severity == Severity.Error),
        diagnostics.Count(d => d.Severity == Severity.Warning),
        diagnostics.Count(d => d.Severity == Severity.Info),
        0, RuleSet.All.Count + LoadRules.All.Count + WorkbookRules.All.Count,
        bundles == 0
            ? new Dictionary<string, int> { ["standard"] = standards, ["implementation"] = implementations }
            : new Dictionary<string, int> { ["standard"] = standards, ["implementation"] = implementations, ["bundle"] = bundles });
}

internal static class StringRepeat
{
    public static string Repeat(this string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
