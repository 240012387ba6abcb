namespace CatalogTools.Core.Comparison;

public enum ChangeKind
{
    /// <summary>Present on the right, not on the left (a material added, an element filled in).</summary>
    Added,

    /// <summary>Present on the left, not on the right.</summary>
    Removed,

    /// <summary>Present on both sides with different values.</summary>
    Changed,
}

/// <summary>
/// One element-level difference between two versions of an item, or between a standard and an
/// implementation's own copy: which element (file key), what kind, which entry (a material's name),
/// and the values before and after (plain text, or attribute lists worded in the reader's language).
/// </summary>
public sealed record ElementChange(string Element, ChangeKind Kind, string? Subject, Diagnostics.MessageArgument? From, Diagnostics.MessageArgument? To)
{
    /// <summary>"申请材料：删除『户口簿复印件』" / "承诺办结时限：20 个工作日 → 5 个工作日".</summary>
    public string Describe(Diagnostics.Lang lang) => ElementChangeText.Describe(this, lang);

    /// <summary>The value before, in the reader's language (attribute lists are worded per language).</summary>
    public string? FromText(Diagnostics.Lang lang) => From?.In(lang);

    /// <summary>The value after, in the reader's language.</summary>
    public string? ToText(Diagnostics.Lang lang) => To?.In(lang);
}
