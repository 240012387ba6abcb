using System.Text;

namespace CatalogTools.Core.Diagnostics;

/// <summary>
/// Fills <c>{name}</c> placeholders; an unknown placeholder stays visible so tests catch it.
/// An argument that is a message (<see cref="MessageArgument.Message"/>) is worded in the reader's language.
/// </summary>
public static class MessageTemplateFormatter
{
    public static string Format(string template, IReadOnlyDictionary<string, MessageArgument> arguments, Lang lang = Lang.Zh)
    {
        if (template.IndexOf('{') < 0)
        {
            return template;
        }
        var result = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }
            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }
            result.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            result.Append(arguments.TryGetValue(name, out var value) ? value.In(lang) : "{" + name + "}");
            i = close + 1;
        }
        return result.ToString();
    }

    /// <summary>The placeholder names a template uses, for the translation-consistency test.</summary>
    public static IReadOnlySet<string> Placeholders(string template)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while ((i = template.IndexOf('{', i)) >= 0)
        {
            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                break;
            }
            names.Add(template.Substring(i + 1, close - i - 1));
            i = close + 1;
        }
        return names;
    }
}
