namespace CatalogTools.Core.Diagnostics;

/// <summary>
/// Several arguments shown as one: each worded in the reader's language and joined with the
/// separator message <see cref="SeparatorId"/> (<c>list.separator</c>: 、 in Chinese, ", " in English),
/// or, with <see cref="Joined"/>, run together as one text (a name with marks inside it).
/// </summary>
public sealed class MessageList(string separatorId, IReadOnlyList<MessageArgument> items) : IEquatable<MessageList>
{
    public string SeparatorId { get; } = separatorId;

    public IReadOnlyList<MessageArgument> Items { get; } = items;

    /// <summary>The separator id that joins the items with nothing between them.</summary>
    public const string Joined = "";

    public string In(Lang lang)
    {
        var separator = SeparatorId.Length == 0 ? "" : Messages.Text(lang, SeparatorId);
        return string.Join(separator, Items.Select(item => item.In(lang)));
    }

    public bool Equals(MessageList? other) =>
        ReferenceEquals(this, other) || other is not null && other.SeparatorId == SeparatorId && other.Items.SequenceEqual(Items);

    public override bool Equals(object? obj) => Equals(obj as MessageList);

    /// <summary>Over the separator and every item, consistent with <see cref="Equals(MessageList?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(SeparatorId, StringComparer.Ordinal);
        foreach (var item in Items) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() => In(Lang.Zh);
}
