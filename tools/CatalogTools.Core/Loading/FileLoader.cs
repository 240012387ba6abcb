using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Core.Loading;

/// <summary>Reads one file: bytes → UTF-8 → YAML tree → schema → model, reporting each step's problems.</summary>
public sealed class FileLoader(SchemaSet schemas)
{
    public FileLoadResult Load(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var kind = FileKinds.FromPath(relativePath);
        var diagnostics = new List<Diagnostic>();
        var read = YamlDocumentReader.Read(bytes);
        foreach (var problem in read.Problems)
        {
            diagnostics.Add(ToDiagnostic(relativePath, problem));
        }
        var found = Suppression.FromComments(read.Comments);
        // Not `found.Count == 0 ? [] : found`: that `[]` is a new List, one per file (32 MB at 10^6 files).
        IReadOnlyList<Suppression> suppressions = found.Count == 0 ? Array.Empty<Suppression>() : found;
        if (!read.IsReadable || read.Root is null)
        {
            // An item file is named after its code, so even an unreadable one says which item it is.
            var named = kind is FileKind.StandardItem or FileKind.Implementation or FileKind.ServiceBundle ? Path.GetFileNameWithoutExtension(relativePath) : null;
            if (read.Root is null && diagnostics.Count == 0)
            {
                // An empty (or comment-only) file holds nothing: say so rather than skip it silently.
                diagnostics.Add(kind == FileKind.Unknown
                    ? Make(LoadRules.UnknownFileKind, relativePath, 1, 1, null)
                    : Make(LoadRules.SchemaViolation, relativePath, 1, 1, named, ("path", "/"), ("schema", FileKinds.SchemaFile(kind)),
                        ("detail", new MessageText("load.fileIsEmpty"))));
            }
            if (named is not null)
            {
                for (var i = 0; i < diagnostics.Count; i++) diagnostics[i] = diagnostics[i] with { Item = named };
            }
            return new FileLoadResult(new CatalogFile(relativePath, kind, null, 0, suppressions, Readable: false), null, Kept(diagnostics));
        }
        var root = read.Root;
        if (kind == FileKind.Unknown)
        {
            diagnostics.Add(Make(LoadRules.UnknownFileKind, relativePath, 1, 1, null));
            return new FileLoadResult(new CatalogFile(relativePath, kind, null, 0, suppressions, Readable: true), null, Kept(diagnostics));
        }
        var schemaFile = FileKinds.SchemaFile(kind);
        // Only a text code names the item (a null, list or empty code is a schema violation, reported below).
        var codeNode = root.Kind == YKind.Mapping ? root.Get("code") : null;
        var code = codeNode is { Kind: YKind.Scalar } && codeNode.ScalarType != ScalarType.Null && codeNode.Value.Length > 0 ? codeNode.Value : null;
        foreach (var problem in schemas.Validate(kind, root))
        {
            diagnostics.Add(Make(LoadRules.SchemaViolation, relativePath, problem.Line, problem.Column, code,
                ("path", problem.Path), ("schema", schemaFile), ("detail", problem.Detail)));
        }
        var reader = new NodeReader(root, relativePath);
        object content;
        int entries;
        switch (kind)
        {
            case FileKind.StandardItem:
                content = ItemReader.ReadStandard(reader);
                entries = 1;
                break;
            case FileKind.Implementation:
                content = ItemReader.ReadImplementation(reader);
                entries = 1;
                break;
            case FileKind.Regions:
                var regions = RegistryReader.Regions(reader);
                (content, entries) = (regions, regions.Count);
                break;
            case FileKind.Agencies:
                var agencies = RegistryReader.Agencies(reader);
                (content, entries) = (agencies, agencies.Count);
                break;
            case FileKind.Laws:
                var laws = RegistryReader.Laws(reader);
                (content, entries) = (laws, laws.Count);
                break;
            case FileKind.CancelledProofs:
                var proofs = RegistryReader.CancelledProofs(reader);
                (content, entries) = (proofs, proofs.Count);
                break;
            case FileKind.ELicences:
                var licences = RegistryReader.ELicences(reader);
                (content, entries) = (licences, licences.Count);
                break;
            case FileKind.IntermediaryServices:
                var services = RegistryReader.IntermediaryServices(reader);
                (content, entries) = (services, services.Count);
                break;
            case FileKind.ServiceBundle:
                content = ItemReader.ReadBundle(reader);
                entries = 1;
                break;
            case FileKind.Site:
                // The site configuration is the channels' (Publishing reads it); check only validates it.
                content = root;
                entries = 0;
                break;
            case FileKind.Synonyms:
                // The search synonyms are the channels' too; each group counts as a registry entry.
                content = root;
                entries = root.Kind == YKind.Mapping && root.Get("groups") is { Kind: YKind.Sequence } groups ? groups.Items.Count : 0;
                break;
            case FileKind.Themes:
                // The theme vocabulary is the channels' too (Publishing reads it); check validates it and counts its themes.
                content = root;
                entries = root.Kind == YKind.Mapping && root.Get("themes") is { Kind: YKind.Sequence } themes ? themes.Items.Count : 0;
                break;
            default:
                content = RegistryReader.Policy(reader);
                entries = 0;
                break;
        }
        if (code is not null) CheckFileName(relativePath, code, root, diagnostics);
        // Without a readable code, an item file is still named after its item.
        var item = code ?? (kind is FileKind.StandardItem or FileKind.Implementation or FileKind.ServiceBundle ? Path.GetFileNameWithoutExtension(relativePath) : null);
        if (item is not null)
        {
            for (var i = 0; i < diagnostics.Count; i++)
            {
                if (diagnostics[i].Item is null) diagnostics[i] = diagnostics[i] with { Item = item };
            }
        }
        return new FileLoadResult(new CatalogFile(relativePath, kind, code, entries, suppressions, Readable: true), content, Kept(diagnostics));
    }

    /// <summary>A file's diagnostics as kept for the whole run: most files have none, and 10^6 empty lists cost 32 MB.</summary>
    private static IReadOnlyList<Diagnostic> Kept(List<Diagnostic> diagnostics) => diagnostics.Count == 0 ? [] : diagnostics.ToArray();

    /// <summary>One item per file, named after its code, so a code is found without opening files.</summary>
    private static void CheckFileName(string relativePath, string code, YNode root, List<Diagnostic> diagnostics)
    {
        var name = Path.GetFileNameWithoutExtension(relativePath);
        if (name != code)
        {
            var at = root.KeyNode("code")!;
            diagnostics.Add(Make(LoadRules.FileNameMismatch, relativePath, at.Line, at.Column, code, ("expected", code + ".yaml")));
        }
    }

    /// <summary>The diagnostic for a problem the YAML reader found, for verbs that read files without loading them (fmt, lock).</summary>
    public static Diagnostic Diagnose(string file, YamlProblem problem) => ToDiagnostic(file, problem);

    private static Diagnostic ToDiagnostic(string file, YamlProblem problem) => problem.Kind switch
    {
        YamlProblemKind.NotUtf8 => Make(LoadRules.NotUtf8, file, problem.Line, problem.Column, null,
            ("byte", problem.Detail), ("guess", problem.Key == "gbk" ? new MessageText("load.looksLikeGbk") : "")),
        YamlProblemKind.DuplicateKey => Make(LoadRules.DuplicateKey, file, problem.Line, problem.Column, null,
            ("key", problem.Key ?? ""), ("firstLine", problem.FirstLine.ToString())),
        YamlProblemKind.Limit => Make(LoadRules.InputLimit, file, problem.Line, problem.Column, null, ("detail", problem.Detail)),
        _ => Make(LoadRules.YamlSyntax, file, problem.Line, problem.Column, null, ("detail", problem.Detail)),
    };

    internal static Diagnostic Make(RuleDescriptor rule, string file, int line, int column, string? item, params (string Name, MessageArgument Value)[] args)
    {
        return new Diagnostic(rule, rule.DefaultSeverity, file, Math.Max(1, line), Math.Max(1, column), item, ArgumentMap.Of(args));
    }
}
