namespace CatalogTools.Core.Diagnostics;

/// <summary>
/// Every text the tools show, one table per language (<see cref="Zh"/>, <see cref="En"/>), keyed by
/// message id: <c>CAT0001.title</c> / <c>.message</c> / <c>.fix</c> for a rule, <c>area.name</c> for
/// everything else. Templates use named placeholders filled last, in the caller's language.
/// A C# table rather than .resx: no satellite assemblies or culture fallback, merges line by line,
/// and a test walks both dictionaries to prove every id and placeholder exists in both languages.
/// </summary>
public static partial class Messages
{
    public static IReadOnlyDictionary<string, string> Table(Lang lang) => lang == Lang.Zh ? Zh.Table : En.Table;

    /// <summary>The template for <paramref name="id"/>; an unknown id comes back as itself so tests catch it.</summary>
    public static string Text(Lang lang, string id) => Table(lang).TryGetValue(id, out var text) ? text : id;

    /// <summary>
    /// The template for <paramref name="id"/> with its placeholders filled; values are formatted as
    /// string interpolation formats them (current culture, null as empty), and a <see cref="MessageText"/>
    /// value is worded in the same language.
    /// </summary>
    public static string Format(Lang lang, string id, params (string Name, object? Value)[] arguments)
    {
        if (arguments.Length == 0)
        {
            return Text(lang, id);
        }
        var values = new Dictionary<string, MessageArgument>(arguments.Length, StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            values[name] = MessageText.Argument(value);
        }
        return MessageTemplateFormatter.Format(Text(lang, id), values, lang);
    }

    /// <summary>The template for <paramref name="id"/> filled with arguments already held as <see cref="MessageArgument"/>s.</summary>
    public static string Format(Lang lang, string id, IReadOnlyList<(string Name, MessageArgument Value)> arguments)
    {
        if (arguments.Count == 0)
        {
            return Text(lang, id);
        }
        var values = new Dictionary<string, MessageArgument>(arguments.Count, StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            values[name] = value;
        }
        return MessageTemplateFormatter.Format(Text(lang, id), values, lang);
    }
}
