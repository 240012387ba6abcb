using System.Text;
using CatalogTools.Core.Generation;
using CatalogTools.Core.Yaml;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Yaml;

/// <summary>
/// The direct reader of plain block YAML must give exactly what YamlDotNet's events give (nodes,
/// values, quoting, positions, comments and where they attach) whenever it does not give up, and it
/// must not give up on ordinary catalog files. Compared on the sample catalog, a generated province,
/// every YAML file in the tests, and thousands of line-level edits of sample files.
/// </summary>
public sealed class SimpleYamlReaderTests
{
    [Fact]
    public void SampleAndGeneratedCatalogsReadTheSameAndAlmostNeverFallBack()
    {
        using var temp = new TempDir();
        new ProvinceGenerator(300, 7).Write(temp.Path);
        var files = YamlFiles(RepoPaths.SampleCatalog).Concat(YamlFiles(temp.Path)).ToList();
        var declined = files.Where(f => !ReadsTheSame(File.ReadAllText(f), f)).ToList();
        // policy.yaml writes "severity: {}" (a flow mapping): YamlDotNet reads it.
        Assert.True(declined.All(f => f.EndsWith("policy.yaml", StringComparison.Ordinal)), "fell back on: " + string.Join(", ", declined));
        Assert.True(files.Count > 500);
    }

    [Fact]
    public void EveryYamlFileInTheTestsReadsTheSameWhenAccepted()
    {
        var files = YamlFiles(Path.Combine(RepoPaths.Root, "tests")).Where(f => !f.Contains("/bin/") && !f.Contains("/obj/")).ToList();
        Assert.NotEmpty(files);
        foreach (var f in files) ReadsTheSame(File.ReadAllText(f), f);
    }

    [Theory]
    [InlineData("a: # c1\n  b: 1\nempty: # c2\nnext:\n# c3\n  x: 1\ne2:\n# c4\nn2: 1\nseq:\n  # c5\n  - a\n    # c6\n  - b\ne3:\n    # deeper\nn3: x\nsp:   \nlast:\n# end\n", true)]
    [InlineData("q: \"a\\\"b\\\\c\\u00e9\\n\"  # after\nsq: 'x''y'\nneg: -1\nurl: http://x.y/z?a=b#frag\nhours: 工作日 9:00-12:00，13:30-17:00 #c\nlast: C#sharp", true)]
    [InlineData("k:\n- a\n- b: 1\n  c: 2\n-   d\nm:\n    - x\n    -   y: 1\n        z:\n          - q\n# tail\n\n", true)]
    [InlineData("- a\n- b\n", true)]
    [InlineData("  a: 1\n  b: 2\n", true)]
    [InlineData("# only a comment\n", false)]
    [InlineData("", false)]
    [InlineData("a: [x, y]\n", false)]
    [InlineData("a: |\n  text\n", false)]
    [InlineData("a: x\na: y\n", false)]
    public void HandWrittenShapesReadTheSame(string yaml, bool readDirectly) => Assert.Equal(readDirectly, ReadsTheSame(yaml, "inline"));

    [Fact]
    public void EditedSampleFilesReadTheSameWhenAccepted()
    {
        var samples = YamlFiles(RepoPaths.SampleCatalog).Where(f => !f.Contains("registries")).Take(8)
            .Append(Path.Combine(RepoPaths.SampleCatalog, "registries", "laws.yaml")).ToList();
        var edits = 0;
        var accepted = 0;
        foreach (var file in samples)
        {
            var lines = File.ReadAllText(file).Split('\n').Take(40).ToArray();
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var edited in Edits(lines, i))
                {
                    edits++;
                    if (ReadsTheSame(string.Join('\n', edited), $"{file} line {i + 1} edit {edits}")) accepted++;
                }
            }
        }
        Assert.True(edits > 3000 && accepted > edits / 4, $"{edits} edits, {accepted} read directly");
    }

    /// <summary>Variants of <paramref name="lines"/> with line <paramref name="i"/> edited.</summary>
    private static IEnumerable<string[]> Edits(string[] lines, int i)
    {
        var line = lines[i];
        var indent = line.Length - line.TrimStart(' ').Length;
        var pad = new string(' ', indent);
        string[] inserted = ["", "   ", "#", "# c", pad + "# c", pad + "  # c", pad + "#c  ", "---", "...", "%YAML 1.2", pad + "- x", pad + "x: 1", pad + "  x: 1", pad + "  - x", pad + " y"];
        foreach (var text in inserted) yield return [.. lines[..i], text, .. lines[i..]];
        yield return [.. lines[..i], .. lines[(i + 1)..]];
        yield return [.. lines[..i], line, .. lines[i..]];
        yield return Replace(lines, i, " " + line);
        if (indent > 0) yield return Replace(lines, i, line[1..]);
        yield return Replace(lines, i, line + " # trailing");
        yield return Replace(lines, i, line + "#x");
        yield return Replace(lines, i, line + "   ");
        yield return Replace(lines, i, line + ":");
        yield return Replace(lines, i, line + ": x");
        yield return Replace(lines, i, line + " \u00A0");
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var dash = line.TrimStart().StartsWith("- ", StringComparison.Ordinal) ? line.IndexOf("- ", StringComparison.Ordinal) : -1;
        var valueAt = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : -1;
        if (valueAt < 0) yield break;
        string[] values =
        [
            "", " ", "\"quoted\"", "\"a\\\"b\"", "\"\\x41\"", "\"\\u00e9\\t\"", "\"open", "'single'", "'it''s'", "'open", "-1", "- x", "-", "a: b", "a:",
            "a #b", "#x", "a#b", "[a, b]", "{}", "{a: 1}", "|", ">", "|\n  text", "&anchor x", "*alias", "!tag x", "!!str 1", "? x", "@x", "`x", "%x",
            ",x", "x,", "a : b", "\"q\" #c", "\"q\"#c", "'q' x", "null", "~", "true", "0x1F", "1.5", "工作日", " 前导空格", "尾随空格  ", "a\u2028b", "x\ty",
        ];
        foreach (var v in values) yield return Replace(lines, i, line[..valueAt] + v);
    }

    private static string[] Replace(string[] lines, int i, string text)
    {
        var copy = (string[])lines.Clone();
        copy[i] = text;
        return copy;
    }

    /// <summary>True when the direct reader accepted the text (then it must agree with YamlDotNet); false when it fell back.</summary>
    private static bool ReadsTheSame(string text, string what)
    {
        var simple = SimpleYamlReader.TryRead(text);
        if (simple is null) return false;
        var expected = Describe(YamlDocumentReader.ReadWithYamlDotNet(text));
        var actual = Describe(simple);
        Assert.True(expected == actual, $"{what}\n--- text\n{text}\n--- YamlDotNet\n{expected}\n--- direct\n{actual}");
        return true;
    }

    private static string Describe(YamlReadResult result)
    {
        var sb = new StringBuilder();
        Node(result.Root, "");
        foreach (var c in result.Comments) sb.Append("comment ").Append(c.Line).Append(':').Append(c.Column).Append(" «").Append(c.Text).AppendLine("»");
        foreach (var p in result.Problems) sb.Append("problem ").AppendLine(p.ToString());
        sb.Append("detached ").Append(result.CommentsDetached).AppendLine();
        return sb.ToString();

        void Node(YNode? n, string indent)
        {
            if (n is null)
            {
                sb.Append(indent).AppendLine("(none)");
                return;
            }
            sb.Append(indent).Append(n.Kind).Append(' ').Append(n.Line).Append(':').Append(n.Column);
            if (n.Kind == YKind.Scalar) sb.Append(n.Quoted ? " quoted «" : " plain «").Append(n.Value).Append('»');
            if (n.LeadingComments is not null) sb.Append(" leading [").AppendJoin("|", n.LeadingComments).Append(']');
            if (n.TrailingComment is not null) sb.Append(" trailing «").Append(n.TrailingComment).Append('»');
            if (n.EndComments is not null) sb.Append(" end [").AppendJoin("|", n.EndComments).Append(']');
            sb.AppendLine();
            foreach (var (k, v) in n.Pairs)
            {
                Node(k, indent + "  key ");
                Node(v, indent + "  value ");
            }
            foreach (var item in n.Items) Node(item, indent + "  - ");
        }
    }

    private static IEnumerable<string> YamlFiles(string root) =>
        Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal);

    private sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("simple-yaml-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
