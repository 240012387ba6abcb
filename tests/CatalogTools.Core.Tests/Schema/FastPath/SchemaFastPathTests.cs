using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;
using CatalogTools.Tests.Shared;
using NJsonSchema;
using Xunit;

namespace CatalogTools.Core.Tests.Schema;

/// <summary>
/// The schema fast path may only say "valid" where NJsonSchema finds no error (then diagnostics
/// cannot change), and should say it for the valid files a catalog is made of (else loading is slow
/// again). Checked on the sample catalog, every fixture file in the tests, and many mutations of
/// sample files: removed and unknown keys, every scalar replaced by values of other types and edge cases.
/// </summary>
public sealed class SchemaFastPathTests
{
    private static readonly Dictionary<FileKind, (JsonSchema Schema, SchemaFastPath Fast)> Schemas = Enum.GetValues<FileKind>()
        .Where(k => k != FileKind.Unknown)
        .ToDictionary(k => k, k =>
        {
            var schema = JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Schemas, FileKinds.SchemaFile(k))).GetAwaiter().GetResult();
            return (schema, SchemaFastPath.Compile(schema));
        });

    [Fact]
    public void EveryValidSampleFileIsRecognisedAndNoInvalidOneIs()
    {
        var files = SampleFiles().ToList();
        Assert.True(files.Count > 200);
        foreach (var (relative, kind, root) in files)
        {
            var errors = NJsonSchemaErrors(kind, root);
            var fast = Schemas[kind].Fast.SurelyValid(root);
            Assert.True(fast == (errors == 0), $"{relative}: fast path says {(fast ? "valid" : "not sure")}, NJsonSchema reports {errors} errors");
        }
    }

    [Fact]
    public void FixtureFilesNeverPassWhenNJsonSchemaFindsErrors()
    {
        var checkedFiles = 0;
        var invalid = 0;
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.yaml", SearchOption.AllDirectories))
        {
            var normalized = path.Replace('\\', '/');
            if (normalized.Contains("/bin/") || normalized.Contains("/obj/")) continue;
            var marker = normalized.LastIndexOf("/catalog/", StringComparison.Ordinal);
            if (marker < 0) continue;
            var kind = FileKinds.FromPath(normalized[(marker + "/catalog/".Length)..]);
            if (kind == FileKind.Unknown) continue;
            var root = YamlDocumentReader.Read(File.ReadAllBytes(path)).Root;
            if (root is null) continue;
            checkedFiles++;
            var errors = NJsonSchemaErrors(kind, root);
            if (errors > 0) invalid++;
            Assert.False(errors > 0 && Schemas[kind].Fast.SurelyValid(root), $"{path}: NJsonSchema reports {errors} errors but the fast path says valid");
        }
        Assert.True(checkedFiles > 0 && invalid > 0, $"{checkedFiles} fixture files read, {invalid} with schema errors");
    }

    [Fact]
    public void MutatedSampleFilesNeverPassWhenNJsonSchemaFindsErrors()
    {
        // A few files of every kind; each node mutated in turn.
        var files = SampleFiles().GroupBy(f => f.Kind).SelectMany(g => g.Take(g.Key is FileKind.StandardItem or FileKind.Implementation ? 6 : 1)).ToList();
        var mutations = 0;
        var caught = 0;
        foreach (var (relative, kind, root) in files)
        {
            foreach (var mutate in Mutations(root))
            {
                var undo = mutate();
                mutations++;
                var errors = NJsonSchemaErrors(kind, root);
                var fast = Schemas[kind].Fast.SurelyValid(root);
                undo();
                if (errors > 0) caught++;
                Assert.False(errors > 0 && fast, $"{relative}, mutation {mutations}: NJsonSchema reports {errors} errors but the fast path says valid");
            }
        }
        Assert.True(mutations > 1000 && caught > mutations / 3, $"{mutations} mutations, {caught} invalid");
    }

    private static IEnumerable<(string Relative, FileKind Kind, YNode Root)> SampleFiles()
    {
        foreach (var path in Directory.EnumerateFiles(RepoPaths.SampleCatalog, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepoPaths.SampleCatalog, path).Replace('\\', '/');
            var kind = FileKinds.FromPath(relative);
            if (kind == FileKind.Unknown) continue;
            yield return (relative, kind, YamlDocumentReader.Read(File.ReadAllBytes(path)).Root!);
        }
    }

    private static int NJsonSchemaErrors(FileKind kind, YNode root) => Schemas[kind].Schema.Validate(YamlToJson.Convert(root)).Count;

    private static readonly (string Text, bool Quoted)[] Replacements =
    [
        ("", false), ("~", false), ("null", false), ("", true), ("true", false), ("false", false), ("0", false), ("-1", false), ("+7", false),
        ("9", false), ("10", false), ("3651", false), ("99999999999999999999", false), ("1.5", false), ("2.0", false), (".inf", false),
        ("0x1F", false), ("0o17", false), ("abc", false), ("abc", true), ("12345", true), ("<script>", false), ("2026-13-01", false),
        ("2026-01-01", false), ("工作日", false), ("在用", false), ("自然人", false), ("原件", false), (" ", true),
    ];

    /// <summary>Mutations of a tree, each applied in place; applying one returns how to undo it.</summary>
    private static IEnumerable<Func<Action>> Mutations(YNode root)
    {
        var containers = new List<YNode>();
        Collect(root, containers);
        foreach (var node in containers.Take(20)) // a registry's first entries stand for the rest
        {
            if (node.Kind == YKind.Mapping)
            {
                for (var i = 0; i < node.Pairs.Count; i++)
                {
                    var index = i;
                    var pair = node.Pairs[index];
                    yield return () => { node.Pairs.RemoveAt(index); return () => node.Pairs.Insert(index, pair); };
                    foreach (var replacement in ReplacementsFor(pair.Value))
                    {
                        yield return () => { node.Pairs[index] = new(pair.Key, replacement); return () => node.Pairs[index] = pair; };
                    }
                }
                yield return () =>
                {
                    node.Pairs.Add(new(YNode.Scalar("extra", false, 1, 1), YNode.Scalar("x", false, 1, 1)));
                    return () => node.Pairs.RemoveAt(node.Pairs.Count - 1);
                };
            }
            else
            {
                for (var i = 0; i < node.Items.Count; i++)
                {
                    var index = i;
                    var item = node.Items[index];
                    yield return () => { node.Items.Add(item); return () => node.Items.RemoveAt(node.Items.Count - 1); };
                    foreach (var replacement in ReplacementsFor(item))
                    {
                        yield return () => { node.Items[index] = replacement; return () => node.Items[index] = item; };
                    }
                }
                var all = node.Items.ToList();
                yield return () => { node.Items.Clear(); return () => node.Items.AddRange(all); };
            }
        }
    }

    private static IEnumerable<YNode> ReplacementsFor(YNode value)
    {
        foreach (var (text, quoted) in Replacements) yield return YNode.Scalar(text, quoted, value.Line, value.Column);
        yield return YNode.Mapping(value.Line, value.Column);
        yield return YNode.Sequence(value.Line, value.Column);
        var list = YNode.Sequence(value.Line, value.Column);
        list.Items.Add(value);
        yield return list;
    }

    private static void Collect(YNode node, List<YNode> containers)
    {
        if (node.Kind == YKind.Scalar) return;
        containers.Add(node);
        foreach (var (_, value) in node.Pairs) Collect(value, containers);
        foreach (var item in node.Items) Collect(item, containers);
    }
}
