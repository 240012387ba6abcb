namespace CatalogTools.Core.Yaml;

public enum YKind
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>
/// A YAML node with its 1-based position and the comments written around it. Our own small tree,
/// because the loader needs positions for every diagnostic and the formatter must keep comments.
/// </summary>
public sealed class YNode
{
    private YNode(YKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
        if (kind == YKind.Mapping) _pairs = new();
        else if (kind == YKind.Sequence) _items = new();
    }

    // Made only for the kind that holds them (or when asked for): most nodes are scalars, and two empty
    // lists each were a third of the YAML tree's allocation (101,006 files per check at 10^5).
    private List<KeyValuePair<YNode, YNode>>? _pairs;
    private List<YNode>? _items;

    public YKind Kind { get; }
    public int Line { get; }
    public int Column { get; }

    /// <summary>Scalar text as written (after unquoting).</summary>
    public string Value { get; private init; } = "";

    /// <summary>True when the scalar was quoted or a block scalar: then it is always a string.</summary>
    public bool Quoted { get; private init; }

    public List<KeyValuePair<YNode, YNode>> Pairs => _pairs ??= new();
    public List<YNode> Items => _items ??= new();

    // Few nodes carry comments: theirs live in one side object (made by the first comment set), so the
    // others are 16 bytes smaller.
    private Comments? _comments;

    /// <summary>Whole-line comments written just before this node (without the leading '#').</summary>
    public List<string>? LeadingComments
    {
        get => _comments?.Leading;
        set { if (value is not null || _comments is not null) (_comments ??= new()).Leading = value; }
    }

    /// <summary>Comments after the last node of the file (only on the root).</summary>
    public List<string>? EndComments
    {
        get => _comments?.End;
        set { if (value is not null || _comments is not null) (_comments ??= new()).End = value; }
    }

    /// <summary>A comment on the same line after this scalar.</summary>
    public string? TrailingComment
    {
        get => _comments?.Trailing;
        set { if (value is not null || _comments is not null) (_comments ??= new()).Trailing = value; }
    }

    private sealed class Comments
    {
        public List<string>? Leading;
        public List<string>? End;
        public string? Trailing;
    }

    public static YNode Scalar(string value, bool quoted, int line, int column) => new(YKind.Scalar, line, column) { Value = value, Quoted = quoted };

    public static YNode Mapping(int line, int column) => new(YKind.Mapping, line, column);

    public static YNode Sequence(int line, int column) => new(YKind.Sequence, line, column);

    public YNode? Get(string key)
    {
        if (_pairs is null) return null;
        foreach (var pair in _pairs)
        {
            if (pair.Key.Value == key) return pair.Value;
        }
        return null;
    }

    public YNode? KeyNode(string key)
    {
        if (_pairs is null) return null;
        foreach (var pair in _pairs)
        {
            if (pair.Key.Value == key) return pair.Key;
        }
        return null;
    }

    /// <summary>What a plain scalar means under the YAML 1.2 core schema.</summary>
    public ScalarType ScalarType => Kind != YKind.Scalar ? ScalarType.None : Quoted ? ScalarType.String : ScalarResolver.Resolve(Value);

    public void AddLeadingComment(string text) => (LeadingComments ??= new()).Add(text);
}
