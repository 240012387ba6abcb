using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CatalogTools.Core.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YNode"/> tree from YamlDotNet's parser events.
/// Duplicate keys are reported and the later value dropped; syntax errors stop the file with
/// their position; comments are attached to the node they precede.
/// </summary>
public static class YamlDocumentReader
{
    public static YamlReadResult Read(ReadOnlySpan<byte> bytes)
    {
        if (!Utf8Text.TryDecode(bytes, out var text, out var encodingProblem))
        {
            return new YamlReadResult(null, [encodingProblem!], []);
        }
        return ReadText(text);
    }

    public static YamlReadResult ReadText(string text)
    {
        var tabProblem = FindTabIndentation(text);
        if (tabProblem is not null)
        {
            return new YamlReadResult(null, [tabProblem], []);
        }
        // The plain block YAML catalog files hold is read directly; YamlDotNet reads everything else.
        return SimpleYamlReader.TryRead(text) ?? ReadWithYamlDotNet(text);
    }

    /// <summary>Reads with YamlDotNet's parser (what <see cref="ReadText"/> does for anything but plain block YAML).</summary>
    internal static YamlReadResult ReadWithYamlDotNet(string text)
    {
        var problems = new List<YamlProblem>();
        var comments = new List<YComment>();
        try
        {
            var parser = new Parser(new Scanner(new StringReader(text), skipComments: false));
            var builder = new TreeBuilder(problems, comments);
            var root = builder.Build(parser);
            if (root is not null) root.EndComments = builder.TakePending();
            return new YamlReadResult(root, problems, comments);
        }
        catch (YamlException e)
        {
            var withoutComments = ReadIgnoringComments(text);
            if (withoutComments is not null) return withoutComments;
            problems.Add(SyntaxErrorText.Describe(CleanMessage(e.Message), (int)e.Start.Line, (int)e.Start.Column, text));
            return new YamlReadResult(null, problems, comments);
        }
    }

    /// <summary>
    /// YamlDotNet's parser rejects some valid YAML when it is given comments (a comment line after a
    /// flow list such as <c>channels: [a, b]</c>). Such a file is read again without comments: its
    /// tree is right, its comments are collected from the scanner (for suppressions) but are not
    /// attached to nodes, which <see cref="YamlReadResult.CommentsDetached"/> tells the formatter.
    /// </summary>
    private static YamlReadResult? ReadIgnoringComments(string text)
    {
        try
        {
            var problems = new List<YamlProblem>();
            var root = new TreeBuilder(problems, []).Build(new Parser(new Scanner(new StringReader(text), skipComments: true)));
            var comments = new List<YComment>();
            var scanner = new Scanner(new StringReader(text), skipComments: false);
            while (scanner.MoveNext())
            {
                if (scanner.Current is YamlDotNet.Core.Tokens.Comment c) comments.Add(new YComment(c.Value, (int)c.Start.Line, (int)c.Start.Column));
            }
            return new YamlReadResult(root, problems, comments) { CommentsDetached = comments.Count > 0 };
        }
        catch (YamlException)
        {
            return null;
        }
    }

    /// <summary>YAML forbids tabs in indentation; say so plainly rather than through the parser's message.</summary>
    private static YamlProblem? FindTabIndentation(string text)
    {
        var line = 1;
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                atLineStart = true;
                continue;
            }
            if (atLineStart && c == '\t')
            {
                var column = i - (text.LastIndexOf('\n', Math.Max(0, i - 1)) + 1) + 1;
                return new YamlProblem(YamlProblemKind.Syntax, line, column, SyntaxErrorText.Tab);
            }
            if (c != ' ') atLineStart = false;
        }
        return null;
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + 3)..] : message;
    }

    private sealed class TreeBuilder(List<YamlProblem> problems, List<YComment> comments)
    {
        private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
        private List<string>? _pendingComments;
        private YNode? _lastScalar;
        private int _lastScalarLine;

        public YNode? Build(IParser parser)
        {
            YNode? root = null;
            var documents = 0;
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            problems.Add(new YamlProblem(YamlProblemKind.Syntax, Line(current), Col(current), SyntaxErrorText.MultipleDocuments));
                            return root;
                        }
                        break;
                    case Comment comment:
                        HandleComment(comment);
                        break;
                    case MappingStart or SequenceStart or Scalar or AnchorAlias:
                        root = ReadNode(parser);
                        continue;
                }
            }
            return root;
        }

        public List<string>? TakePending()
        {
            var pending = _pendingComments;
            _pendingComments = null;
            return pending;
        }

        private void HandleComment(Comment comment)
        {
            comments.Add(new YComment(comment.Value, Line(comment), Col(comment)));
            if (comment.IsInline && _lastScalar is not null && _lastScalarLine == Line(comment))
            {
                _lastScalar.TrailingComment = comment.Value;
                return;
            }
            (_pendingComments ??= new()).Add(comment.Value);
        }

        private void AttachPending(YNode node)
        {
            if (_pendingComments is null) return;
            foreach (var c in _pendingComments) node.AddLeadingComment(c);
            _pendingComments = null;
        }

        /// <summary>Reads the node at the parser's current event and leaves the parser after it.</summary>
        private YNode ReadNode(IParser parser)
        {
            var current = parser.Current!;
            switch (current)
            {
                case Scalar scalar:
                {
                    var node = YNode.Scalar(scalar.Value, scalar.Style != ScalarStyle.Plain, Line(scalar), Col(scalar));
                    AttachPending(node);
                    Remember(scalar.Anchor, node);
                    _lastScalar = node;
                    _lastScalarLine = (int)scalar.End.Line;
                    parser.MoveNext();
                    return node;
                }
                case AnchorAlias alias:
                {
                    parser.MoveNext();
                    if (_anchors.TryGetValue(alias.Value.Value, out var target)) return target;
                    throw new YamlException(alias.Start, alias.End, $"未定义的锚点 *{alias.Value.Value} / undefined alias");
                }
                case MappingStart start:
                {
                    var node = YNode.Mapping(Line(start), Col(start));
                    AttachPending(node);
                    Remember(start.Anchor, node);
                    parser.MoveNext();
                    var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                    while (true)
                    {
                        var ev = parser.Current!;
                        if (ev is MappingEnd)
                        {
                            parser.MoveNext();
                            break;
                        }
                        if (ev is Comment c)
                        {
                            HandleComment(c);
                            parser.MoveNext();
                            continue;
                        }
                        var key = ReadNode(parser);
                        SkipComments(parser);
                        var value = ReadNode(parser);
                        if (key.Kind != YKind.Scalar)
                        {
                            problems.Add(new YamlProblem(YamlProblemKind.Syntax, key.Line, key.Column, SyntaxErrorText.ComplexKey));
                            continue;
                        }
                        if (seen.TryGetValue(key.Value, out var firstLine))
                        {
                            problems.Add(new YamlProblem(YamlProblemKind.DuplicateKey, key.Line, key.Column, key.Value, key.Value, firstLine));
                            continue;
                        }
                        seen[key.Value] = key.Line;
                        node.Pairs.Add(new KeyValuePair<YNode, YNode>(key, value));
                    }
                    return node;
                }
                case SequenceStart start:
                {
                    var node = YNode.Sequence(Line(start), Col(start));
                    AttachPending(node);
                    Remember(start.Anchor, node);
                    parser.MoveNext();
                    while (true)
                    {
                        var ev = parser.Current!;
                        if (ev is SequenceEnd)
                        {
                            parser.MoveNext();
                            break;
                        }
                        if (ev is Comment c)
                        {
                            HandleComment(c);
                            parser.MoveNext();
                            continue;
                        }
                        node.Items.Add(ReadNode(parser));
                    }
                    return node;
                }
                default:
                    throw new YamlException(current.Start, current.End, $"意外的内容 / unexpected {current.GetType().Name}");
            }
        }

        private void SkipComments(IParser parser)
        {
            while (parser.Current is Comment c)
            {
                HandleComment(c);
                parser.MoveNext();
            }
        }

        private void Remember(AnchorName anchor, YNode node)
        {
            if (!anchor.IsEmpty) _anchors[anchor.Value] = node;
        }

        private static int Line(ParsingEvent e) => (int)e.Start.Line;

        private static int Col(ParsingEvent e) => (int)e.Start.Column;
    }
}
