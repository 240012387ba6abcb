namespace CatalogTools.Core.Diagnostics;

/// <summary>
/// A sentence a library returns instead of text: a message id of <see cref="Messages"/> and its
/// arguments. The caller words it in its language with <see cref="In"/>; only the CLI prints it.
/// </summary>
public sealed class MessageText
{
    public MessageText(string id, params (string Name, object? Value)[] arguments)
    {
        Id = id;
        Arguments = arguments;
    }

    public string Id { get; }

    public IReadOnlyList<(string Name, object? Value)> Arguments { get; }

    public string In(Lang lang) => Messages.Format(lang, Id, [.. Arguments]);

    /// <summary>Both languages packed into one diagnostic argument, until diagnostics carry message ids themselves.</summary>
    public string AsArgument() => MessageTemplateFormatter.Localized(In(Lang.Zh), In(Lang.En));

    public override string ToString() => In(Lang.Zh);
}
