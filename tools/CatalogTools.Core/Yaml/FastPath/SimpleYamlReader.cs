using System.Runtime.InteropServices;
using CatalogTools.Core.Text;

namespace CatalogTools.Core.Yaml;

/// <summary>
/// Reads the plain block YAML that catalog files are made of (what <c>catalog fmt</c> writes and what
/// people write by hand: block mappings and sequences, one-line plain, single- or double-quoted
/// scalars, comments) straight into the tree <see cref="YamlDocumentReader"/> builds from YamlDotNet's
/// events: same nodes, positions, comments and comment placement. Anything else (flow collections,
/// block or multi-line scalars, anchors, tags, documents markers, unusual characters, duplicate keys,
/// errors) makes it give up and return null, and YamlDotNet reads the file as before. It exists because
/// YamlDotNet's scanner was more than half of loading a catalog.
/// </summary>
/// <remarks>A test reads the sample catalog, a generated province, every fixture and many edited
/// variants both ways and requires the same result whenever this reader does not give up.</remarks>
internal sealed class SimpleYamlReader
{
    private readonly string _text;
    private readonly YamlLimits _limits;
    private readonly List<YComment> _comments = [];
    private int _depth;
    private int _nodes;
    private List<string>? _pending;
    private YNode? _lastScalar;
    private int _lastScalarLine;

    // The current line: where it starts and ends ('\n' or the end of the text), its 1-based number,
    // and, for a line with content, where the content starts and its indentation (0-based column).
    private int _lineStart;
    private int _lineEnd;
    private int _line;
    private int _content;
    private int _indent;
    private bool _atEnd;

    private SimpleYamlReader(string text, YamlLimits limits)
    {
        _text = text;
        _limits = limits;
        _scratchPairs = ScratchPairs ??= [];
        _scratchPairs.Clear(); // what a read that gave up left
    }

    /// <summary>One per thread, reused by every file the thread reads (see <see cref="ReadMapping"/>).</summary>
    [ThreadStatic]
    private static List<KeyValuePair<YNode, YNode>>? ScratchPairs;

    private readonly List<KeyValuePair<YNode, YNode>> _scratchPairs;

    /// <summary>
    /// The document read as <see cref="YamlDocumentReader"/> would read it, or null when this reader cannot be sure.
    /// A document beyond <paramref name="limits"/> also gets null: the other reader reports which limit, and where.
    /// </summary>
    public static YamlReadResult? TryRead(string text) => TryRead(text, YamlLimits.Default);

    public static YamlReadResult? TryRead(string text, YamlLimits limits)
    {
        if (!OnlySimpleCharacters(text)) return null;
        var reader = new SimpleYamlReader(text, limits);
        try
        {
            return reader.Read();
        }
        catch (NotSimpleException)
        {
            return null;
        }
    }

    private YamlReadResult Read()
    {
        _lineEnd = -1;
        NextLine();
        SkipBlankAndCommentLines();
        if (_atEnd) throw NotSimpleException.Instance; // no content: let YamlDotNet say what it is
        var root = ReadBlock(_indent);
        SkipBlankAndCommentLines();
        if (!_atEnd) throw NotSimpleException.Instance;
        root.EndComments = _pending;
        return new YamlReadResult(root, [], _comments);
    }

    /// <summary>A mapping or sequence starting at the current content line, whose entries are indented by <paramref name="indent"/>.</summary>
    private YNode ReadBlock(int indent) => IsSequenceEntry() ? ReadSequence(indent) : ReadMapping(indent);

    private YNode ReadMapping(int indent)
    {
        Enter();
        var node = YNode.Mapping(_line, indent + 1);
        Attach(node);
        // The pairs gather on the thread's scratch list (nested mappings above them, taken off as they end),
        // then go to the node in an array of their exact count, not the list's doublings.
        var pairs = _scratchPairs;
        var from = pairs.Count;
        HashSet<string>? manyKeys = null;
        while (true)
        {
            var key = ReadKey(out var colon);
            if (IsRepeated(CollectionsMarshal.AsSpan(pairs)[from..], ref manyKeys, key.Value)) throw NotSimpleException.Instance; // YamlDotNet's reader reports it
            var value = ReadValue(indent, colon);
            pairs.Add(new KeyValuePair<YNode, YNode>(key, value));
            SkipBlankAndCommentLines();
            if (_atEnd || _indent < indent)
            {
                _depth--;
                var own = CollectionsMarshal.AsSpan(pairs)[from..];
                node.Pairs.Capacity = own.Length;
                node.Pairs.AddRange(own);
                pairs.RemoveRange(from, own.Length);
                return node;
            }
            if (_indent > indent || IsSequenceEntry()) throw NotSimpleException.Instance;
        }
    }

    /// <summary>
    /// Whether a mapping already has the key. Catalog mappings hold a few to a few dozen keys, so they are
    /// scanned rather than given a set each (its buckets and entries, per mapping of every file). Past 32 keys a set takes over.
    /// </summary>
    private static bool IsRepeated(ReadOnlySpan<KeyValuePair<YNode, YNode>> pairs, ref HashSet<string>? manyKeys, string key)
    {
        if (manyKeys is null && pairs.Length < 32)
        {
            foreach (var pair in pairs)
            {
                if (pair.Key.Value == key) return true;
            }
            return false;
        }
        if (manyKeys is null)
        {
            manyKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in pairs) manyKeys.Add(pair.Key.Value);
        }
        return !manyKeys.Add(key);
    }

    private YNode ReadSequence(int indent)
    {
        Enter();
        var node = YNode.Sequence(_line, indent + 1);
        Attach(node);
        while (true)
        {
            // "- " then the item on the same line: a scalar, or the first key of a mapping indented to it.
            var start = _content + 1;
            while (start < _lineEnd && _text[start] == ' ') start++;
            if (start == _lineEnd || _text[start] == '#' || IsSequenceEntryAt(start)) throw NotSimpleException.Instance;
            if (IsKeyAt(start))
            {
                _indent = start - _lineStart;
                _content = start;
                node.Items.Add(ReadMapping(_indent));
            }
            else
            {
                node.Items.Add(ReadScalar(start));
                NextLine();
            }
            SkipBlankAndCommentLines();
            if (_atEnd || _indent < indent || (_indent == indent && !IsSequenceEntry()))
            {
                _depth--;
                return node;
            }
            if (_indent > indent) throw NotSimpleException.Instance;
        }
    }

    /// <summary>The value after "key:" at <paramref name="colon"/>: on the same line, a block on the next lines, or empty.</summary>
    private YNode ReadValue(int indent, int colon)
    {
        var start = colon + 1;
        while (start < _lineEnd && _text[start] == ' ') start++;
        if (start < _lineEnd && _text[start] != '#')
        {
            var scalar = ReadScalar(start);
            NextLine();
            return scalar;
        }
        if (start < _lineEnd) Comment(start, inline: true);
        var keyLine = _line;
        var keyLineStart = _lineStart;
        NextLine();
        SkipBlankAndCommentLines();
        if (!_atEnd && (_indent > indent || (_indent == indent && IsSequenceEntry()))) return ReadBlock(_indent);
        // Nothing: YamlDotNet's empty scalar, placed just after the colon, made after the comments in between.
        CountNode();
        var empty = YNode.Scalar("", false, keyLine, colon - keyLineStart + 2);
        Attach(empty);
        _lastScalar = empty;
        _lastScalarLine = keyLine;
        return empty;
    }

    private YNode ReadKey(out int colon)
    {
        var start = _content;
        if (!IsKeyAt(start, out colon)) throw NotSimpleException.Instance;
        CountNode();
        // Keys repeat in every file (code, status, phone...): one shared instance each, as the model's field
        // positions keep them anyway (NodeReader.Positions), instead of a new string per key per file.
        // A long key is not a field name: it is not pooled.
        var text = colon - start <= 40 ? SharedStrings.Of(_text.AsSpan(start, colon - start)) : _text[start..colon];
        var key = YNode.Scalar(text, false, _line, start - _lineStart + 1);
        Attach(key);
        _lastScalar = key;
        _lastScalarLine = _line;
        return key;
    }

    private bool IsKeyAt(int start) => IsKeyAt(start, out _);

    /// <summary>A plain key at <paramref name="start"/>: text up to ": " or a final ':', with no comment before it.</summary>
    private bool IsKeyAt(int start, out int colon)
    {
        colon = -1;
        if (IsIndicator(_text[start])) return false;
        for (var i = start; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' '))
            {
                // "a : b" and keys over YamlDotNet's 1024-character limit for implicit keys are left to it.
                if (_text[i - 1] == ' ' || i - start > 1000) throw NotSimpleException.Instance;
                colon = i;
                return true;
            }
            if (c == '#' && _text[i - 1] == ' ') return false;
        }
        return false;
    }

    /// <summary>A one-line scalar at <paramref name="start"/>, then an optional comment to the end of the line.</summary>
    private YNode ReadScalar(int start)
    {
        string value;
        int end;
        var quoted = true;
        switch (_text[start])
        {
            case '"':
                (value, end) = DoubleQuoted(start);
                break;
            case '\'':
                (value, end) = SingleQuoted(start);
                break;
            default:
                // A plain scalar; '-' may start one when a non-space follows ("-1").
                if (IsIndicator(_text[start]) && !(_text[start] == '-' && start + 1 < _lineEnd && _text[start + 1] != ' ')) throw NotSimpleException.Instance;
                quoted = false;
                end = start;
                var last = start;
                for (; end < _lineEnd; end++)
                {
                    var c = _text[end];
                    if (c == ':' && (end + 1 == _lineEnd || _text[end + 1] == ' ')) throw NotSimpleException.Instance; // a mapping here: an error
                    if (c == '#' && _text[end - 1] == ' ') break;
                    if (c != ' ') last = end;
                }
                value = Recent(_text.AsSpan(start, last + 1 - start));
                break;
        }
        CountNode();
        if (value.Length > _limits.MaxScalarLength) throw NotSimpleException.Instance;
        var node = YNode.Scalar(value, quoted, _line, start - _lineStart + 1);
        Attach(node);
        _lastScalar = node;
        _lastScalarLine = _line;
        while (end < _lineEnd && _text[end] == ' ') end++;
        if (end < _lineEnd)
        {
            // Only a comment may follow, and after a quoted scalar it needs a space before '#'.
            if (_text[end] != '#' || _text[end - 1] != ' ') throw NotSimpleException.Instance;
            Comment(end, inline: true);
        }
        return node;
    }

    /// <summary>"..." on one line with the escapes the formatter writes; returns the value and the index after the closing quote.</summary>
    private (string Value, int End) DoubleQuoted(int start)
    {
        System.Text.StringBuilder? escaped = null;
        var run = start + 1;
        for (var i = start + 1; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c == '"')
            {
                if (escaped is null) return (Recent(_text.AsSpan(start + 1, i - start - 1)), i + 1);
                escaped.Append(_text, run, i - run);
                return (escaped.ToString(), i + 1);
            }
            if (c != '\\') continue;
            escaped ??= new System.Text.StringBuilder();
            escaped.Append(_text, run, i - run);
            if (i + 1 >= _lineEnd) throw NotSimpleException.Instance;
            switch (_text[i + 1])
            {
                case '"': escaped.Append('"'); break;
                case '\\': escaped.Append('\\'); break;
                case 'n': escaped.Append('\n'); break;
                case 'r': escaped.Append('\r'); break;
                case 't': escaped.Append('\t'); break;
                case 'u':
                    if (i + 5 >= _lineEnd || !ushort.TryParse(_text.AsSpan(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code)
                        || char.IsSurrogate((char)code)) throw NotSimpleException.Instance;
                    escaped.Append((char)code);
                    i += 4;
                    break;
                default:
                    throw NotSimpleException.Instance;
            }
            i++;
            run = i + 1;
        }
        throw NotSimpleException.Instance; // continues on the next line
    }

    /// <summary>'...' on one line, '' standing for one quote.</summary>
    private (string Value, int End) SingleQuoted(int start)
    {
        System.Text.StringBuilder? unescaped = null;
        var run = start + 1;
        for (var i = start + 1; i < _lineEnd; i++)
        {
            if (_text[i] != '\'') continue;
            if (i + 1 < _lineEnd && _text[i + 1] == '\'')
            {
                (unescaped ??= new System.Text.StringBuilder()).Append(_text, run, i + 1 - run);
                i++;
                run = i + 1;
                continue;
            }
            if (unescaped is null) return (Recent(_text.AsSpan(start + 1, i - start - 1)), i + 1);
            unescaped.Append(_text, run, i - run);
            return (unescaped.ToString(), i + 1);
        }
        throw NotSimpleException.Instance;
    }

    /// <summary>
    /// The value as a string, the same instance as the last equal value this thread read in the same slot:
    /// neighbouring files repeat most of their values (standard, region, agency, status, units, contacts,
    /// channels), so they share one string instead of a new one per file. A small fixed table, so values
    /// that do not repeat (codes) cost one look and stay no longer than the next value in their slot.
    /// </summary>
    private static string Recent(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return "";
        if (text.Length > 48) return new string(text);
        var table = RecentValues ??= new string?[1024];
        var slot = (int)((uint)string.GetHashCode(text) % (uint)table.Length);
        if (table[slot] is { } known && text.SequenceEqual(known)) return known;
        return table[slot] = new string(text);
    }

    [ThreadStatic]
    private static string?[]? RecentValues;

    /// <summary>Moves past blank and comment lines (collecting the comments) to the next line with content, or the end.</summary>
    private void SkipBlankAndCommentLines()
    {
        while (!_atEnd)
        {
            var i = _lineStart;
            while (i < _lineEnd && _text[i] == ' ') i++;
            if (i == _lineEnd)
            {
                NextLine();
                continue;
            }
            if (_text[i] == '#')
            {
                Comment(i, inline: false);
                NextLine();
                continue;
            }
            _content = i;
            _indent = i - _lineStart;
            // Document markers and directives belong to YamlDotNet.
            if (_indent == 0 && (_text[i] == '%' || (_lineEnd - i >= 3 && (_text.AsSpan(i, 3) is "---" or "..."))))
            {
                throw NotSimpleException.Instance;
            }
            return;
        }
    }

    /// <summary>One level deeper: beyond the depth limit the other reader takes over (and reports it).</summary>
    private void Enter()
    {
        CountNode();
        if (++_depth > _limits.MaxDepth) throw NotSimpleException.Instance;
    }

    private void CountNode()
    {
        if (++_nodes > _limits.MaxNodes) throw NotSimpleException.Instance;
    }

    private void NextLine()
    {
        if (_lineEnd >= _text.Length)
        {
            _atEnd = true;
            return;
        }
        _lineStart = _lineEnd + 1;
        var next = _text.IndexOf('\n', _lineStart);
        _lineEnd = next < 0 ? _text.Length : next;
        _line++;
        if (_lineStart == _text.Length) _atEnd = true; // the text ends with a line break
    }

    private bool IsSequenceEntry() => IsSequenceEntryAt(_content);

    private bool IsSequenceEntryAt(int i) => _text[i] == '-' && (i + 1 == _lineEnd || _text[i + 1] == ' ');

    /// <summary>A comment at '#' (index <paramref name="hash"/>): its text after '#' and spaces, to the end of the line.</summary>
    private void Comment(int hash, bool inline)
    {
        var start = hash + 1;
        while (start < _lineEnd && _text[start] == ' ') start++;
        var text = _text[start.._lineEnd];
        _comments.Add(new YComment(text, _line, hash - _lineStart + 1));
        if (inline && _lastScalar is not null && _lastScalarLine == _line)
        {
            _lastScalar.TrailingComment = text;
            return;
        }
        (_pending ??= []).Add(text);
    }

    private void Attach(YNode node)
    {
        if (_pending is null) return;
        foreach (var c in _pending) node.AddLeadingComment(c);
        _pending = null;
    }

    /// <summary>Characters that start something other than a plain scalar (YAML's indicators).</summary>
    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';

    /// <summary>
    /// Line breaks are '\n' only, no tabs, and every character is one YamlDotNet prints as is (no control
    /// characters, no U+2028/2029 breaks, no surrogates, no byte order mark inside).
    /// </summary>
    private static bool OnlySimpleCharacters(string text)
    {
        var span = text.AsSpan();
        return span.IndexOfAnyInRange('\u0000', '\u0009') < 0 && span.IndexOfAnyInRange('\u000B', '\u001F') < 0
            && span.IndexOfAnyInRange('\u007F', '\u009F') < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0
            && span.IndexOfAny(OtherUnusual) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> OtherUnusual = System.Buffers.SearchValues.Create("\u2028\u2029\uFEFF\uFFFE\uFFFF");

    private sealed class NotSimpleException : Exception
    {
        public static readonly NotSimpleException Instance = new();
    }
}
