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
    public static YamlReadResult Read(ReadOnlySpan<byte> bytes) => Read(bytes, YamlLimits.Default);

    /// <summary>Reads within <paramref name="limits"/>: a document that breaks one comes back unreadable with a <see cref="YamlProblemKind.Limit"/> problem.</summary>
    public static YamlReadResult Read(ReadOnlySpan<byte> bytes, YamlLimits limits)
    {
        // Checked before decoding, so an oversized file costs no more than its bytes.
        if (bytes.Length > limits.MaxDocumentBytes)
        {
            return new YamlReadResult(null, [LimitText.Problem(YamlLimit.DocumentSize, 1, 1, bytes.Length, limits.MaxDocumentBytes)], []);
        }
        if (!Utf8Text.TryDecode(bytes, out var text, out var encodingProblem))
        {
            return new YamlReadResult(null, [encodingProblem!], []);
        }
        return ReadText(text, limits);
    }

    public static YamlReadResult ReadText(string text) => ReadText(text, YamlLimits.Default);

    public static YamlReadResult ReadText(string text, YamlLimits limits)
    {
        if (text.Length > limits.MaxDocumentBytes)
        {
            return new YamlReadResult(null, [LimitText.Problem(YamlLimit.DocumentSize, 1, 1, System.Text.Encoding.UTF8.GetByteCount(text), limits.MaxDocumentBytes)], []);
        }
        var tabProblem = FindTabIndentation(text);
        if (tabProblem is not null)
        {
            return new YamlReadResult(null, [tabProblem], []);
        }
        // The plain block YAML catalog files hold is read directly; YamlDotNet reads everything else
        // (and everything the direct reader finds beyond a limit, so that one reader words the problem).
        return SimpleYamlReader.TryRead(text, limits) ?? ReadWithYamlDotNet(text, limits);
    }

    /// <summary>Reads with YamlDotNet's parser (what <see cref="ReadText(string)"/> does for anything but plain block YAML).</summary>
    internal static YamlReadResult ReadWithYamlDotNet(string text) => ReadWithYamlDotNet(text, YamlLimits.Default);

    internal static YamlReadResult ReadWithYamlDotNet(string text, YamlLimits limits)
    {
        try
        {
            return ReadWithYamlDotNetWithin(text, limits);
        }
        catch (YamlLimitException e)
        {
            return new YamlReadResult(null, [e.Problem], []);
        }
    }

    private static YamlReadResult ReadWithYamlDotNetWithin(string text, YamlLimits limits)
    {
        var problems = new List<YamlProblem>();
        var comments = new List<YComment>();
        try
        {
            var parser = new Parser(new Scanner(new StringReader(text), skipComments: false));
            var builder = new TreeBuilder(problems, comments, limits);
            var root = builder.Build(parser);
            if (root is not null) root.EndComments = builder.TakePending();
            return new YamlReadResult(root, problems, comments);
        }
        catch (YamlException e)
        {
            var withoutComments = ReadIgnoringComments(text, limits);
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
    private static YamlReadResult? ReadIgnoringComments(string text, YamlLimits limits)
    {
        try
        {
            var problems = new List<YamlProblem>();
            var root = new TreeBuilder(problems, [], limits).Build(new Parser(new Scanner(new StringReader(text), skipComments: true)));
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

    /// <summary>
    /// Builds the tree from parser events within <see cref="YamlLimits"/>: depth, node count and
    /// scalar length are counted as nodes are made, and every alias adds the size of the node it
    /// repeats (its expanded size), so an alias bomb stops after a bounded amount of work.
    /// An alias of a node that is still open (a cycle) is refused: the tree stays finite.
    /// </summary>
    private sealed class TreeBuilder(List<YamlProblem> problems, List<YComment> comments, YamlLimits limits)
    {
        private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
        private readonly Dictionary<YNode, long> _sizes = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<YNode> _open = new(ReferenceEqualityComparer.Instance);
        private long _nodes;
        private long _aliasExpansion;
        private int _depth;
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
                    if (scalar.Value.Length > limits.MaxScalarLength) throw Limit(YamlLimit.ScalarLength, scalar, scalar.Value.Length, limits.MaxScalarLength);
                    Count(scalar);
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
                    if (_anchors.TryGetValue(alias.Value.Value, out var target)) return Repeat(alias, target);
                    throw new YamlException(alias.Start, alias.End, SyntaxErrorText.UndefinedAlias(alias.Value.Value));
                }
                case MappingStart start:
                {
                    var node = YNode.Mapping(Line(start), Col(start));
                    var before = Open(start, node);
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
                    Close(start.Anchor, node, before);
                    return node;
                }
                case SequenceStart start:
                {
                    var node = YNode.Sequence(Line(start), Col(start));
                    var before = Open(start, node);
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
                    Close(start.Anchor, node, before);
                    return node;
                }
                default:
                    throw new YamlException(current.Start, current.End, SyntaxErrorText.Unexpected(current.GetType().Name));
            }
        }

        private void Count(ParsingEvent at)
        {
            if (++_nodes > limits.MaxNodes) throw Limit(YamlLimit.Nodes, at, _nodes, limits.MaxNodes);
        }

        /// <summary>Enters a collection; returns the node count before it, to measure its expanded size when it closes.</summary>
        private long Open(NodeEvent start, YNode node)
        {
            Count(start);
            if (++_depth > limits.MaxDepth) throw Limit(YamlLimit.Depth, start, _depth, limits.MaxDepth);
            if (!start.Anchor.IsEmpty) _open.Add(node); // only an anchored node can be aliased from inside itself
            return _nodes - 1;
        }

        private void Close(AnchorName anchor, YNode node, long before)
        {
            _depth--;
            if (anchor.IsEmpty) return;
            _open.Remove(node);
            _sizes[node] = _nodes - before;
        }

        /// <summary>An alias stands for its anchor's node again: count what expanding it costs every reader downstream.</summary>
        private YNode Repeat(AnchorAlias alias, YNode target)
        {
            if (_open.Contains(target)) throw new YamlLimitException(LimitText.RecursiveAlias(Line(alias), Col(alias), alias.Value.Value));
            var size = _sizes.GetValueOrDefault(target, 1);
            _aliasExpansion += size;
            _nodes += size;
            if (_aliasExpansion > limits.MaxAliasExpansion) throw Limit(YamlLimit.AliasExpansion, alias, _aliasExpansion, limits.MaxAliasExpansion);
            if (_nodes > limits.MaxNodes) throw Limit(YamlLimit.Nodes, alias, _nodes, limits.MaxNodes);
            return target;
        }

        private static YamlLimitException Limit(YamlLimit limit, ParsingEvent at, long found, long max) =>
            new(LimitText.Problem(limit, Line(at), Col(at), found, max));

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
