namespace CatalogTools.Core.Diagnostics;

/// <summary>
/// The value of one placeholder: plain text (data the catalog holds: a name, a code, a number), a
/// sentence of the message tables (<see cref="MessageText"/>) or a list of arguments (<see cref="MessageList"/>),
/// worded in the reader's language when the message is rendered. Diagnostics carry these, so the check-result cache and every output format
/// store and print the reference, never a string packed with both languages.
/// </summary>
public readonly struct MessageArgument : IEquatable<MessageArgument>
{
    private readonly object? _value;

    private MessageArgument(object? value) => _value = value;

    /// <summary>The plain text, or null when the argument is a message or a list.</summary>
    public string? Text => _value as string;

    /// <summary>The list, or null when the argument is plain text or a message.</summary>
    public MessageList? List => _value as MessageList;

    /// <summary>The message, or null when the argument is plain text.</summary>
    public MessageText? Message => _value as MessageText;

    public static implicit operator MessageArgument(string? text) => new(text ?? "");

    public static implicit operator MessageArgument(MessageText message) => new(message);

    public static implicit operator MessageArgument(MessageList list) => new(list);

    /// <summary>The argument as the reader sees it.</summary>
    public string In(Lang lang) => _value switch
    {
        MessageText message => message.In(lang),
        MessageList list => list.In(lang),
        string text => text,
        _ => "",
    };

    /// <summary>
    /// One text for both languages, for a finding's fingerprint: plain text as itself, a message in its
    /// Chinese and English wording joined by U+001F as the packed arguments once were, so a finding
    /// keeps the fingerprint (and its SARIF/GitLab alert) it had.
    /// </summary>
    public string Identity => _value is string or null ? Text ?? "" : In(Lang.Zh) + '\u001F' + In(Lang.En);

    public bool Equals(MessageArgument other) => _value switch
    {
        MessageText message => message.Equals(other._value as MessageText),
        MessageList list => list.Equals(other._value as MessageList),
        _ => other._value is string or null && string.Equals(Text ?? "", other.Text ?? "", StringComparison.Ordinal),
    };

    public override bool Equals(object? obj) => obj is MessageArgument other && Equals(other);

    public override int GetHashCode() => _value is string or null ? StringComparer.Ordinal.GetHashCode(Text ?? "") : _value.GetHashCode();

    public static bool operator ==(MessageArgument left, MessageArgument right) => left.Equals(right);

    public static bool operator !=(MessageArgument left, MessageArgument right) => !left.Equals(right);

    /// <summary>The Chinese wording, as logs and exceptions show it.</summary>
    public override string ToString() => In(Lang.Zh);
}
