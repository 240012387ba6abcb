namespace CatalogTools.Core.Yaml;

/// <summary>A problem found while reading bytes or YAML, with a 1-based position.</summary>
public sealed record YamlProblem(YamlProblemKind Kind, int Line, int Column, Diagnostics.MessageArgument Detail, string? Key = null, int FirstLine = 0);

public enum YamlProblemKind
{
    NotUtf8,
    Syntax,
    DuplicateKey,

    /// <summary>The document breaks one of <see cref="YamlLimits"/>; <see cref="YamlProblem.Key"/> names the <see cref="YamlLimit"/>.</summary>
    Limit,
}

/// <summary>The outcome of reading one file: the tree (null when unreadable) and any problems.</summary>
public sealed record YamlReadResult(YNode? Root, IReadOnlyList<YamlProblem> Problems, IReadOnlyList<YComment> Comments)
{
    public bool IsReadable => Root is not null && !Problems.Any(p => p.Kind is YamlProblemKind.NotUtf8 or YamlProblemKind.Syntax or YamlProblemKind.Limit);

    /// <summary>The tree is right but its comments could not be placed on nodes (see YamlDocumentReader.ReadIgnoringComments).</summary>
    public bool CommentsDetached { get; init; }
}

/// <summary>A comment's text (after '#') and its 1-based line.</summary>
public sealed record YComment(string Text, int Line, int Column);
