using System.Globalization;

namespace CatalogTools.Core.Diagnostics;

/// <summary>
/// A sentence a library returns instead of text: a message id of <see cref="Messages"/> and its
/// arguments. The caller words it in its language with <see cref="In"/>; only the CLI prints it.
/// An argument may itself be a <see cref="MessageText"/> (a phrase worded in the same language).
/// </summary>
public sealed class MessageText : IEquatable<MessageText>
{
    public MessageText(string id, params (string Name, object? Value)[] arguments)
    {
        Id = id;
        if (arguments.Length == 0)
        {
            Arguments = [];
            return;
        }
        var values = new (string Name, MessageArgument Value)[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i] = (arguments[i].Name, Argument(arguments[i].Value));
        }
        Arguments = values;
    }

    public string Id { get; }

    /// <summary>The arguments, numbers and dates already formatted as string interpolation formats them.</summary>
    public IReadOnlyList<(string Name, MessageArgument Value)> Arguments { get; }

    public string In(Lang lang) => Messages.Format(lang, Id, Arguments);

    /// <summary>A value as a placeholder holds it: a message stays a message, anything else becomes its text.</summary>
    public static MessageArgument Argument(object? value) => value switch
    {
        null => "",
        MessageArgument argument => argument,
        MessageText message => message,
        MessageList list => list,
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? "",
    };

    public bool Equals(MessageText? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.Id != Id || other.Arguments.Count != Arguments.Count) return false;
        for (var i = 0; i < Arguments.Count; i++)
        {
            if (Arguments[i].Name != other.Arguments[i].Name || !Arguments[i].Value.Equals(other.Arguments[i].Value)) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as MessageText);

    /// <summary>Over the id and every argument, so equal sentences can be pooled in a hash set without all colliding.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        foreach (var (name, value) in Arguments)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(value);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => In(Lang.Zh);
}
