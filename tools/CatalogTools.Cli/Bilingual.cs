using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Cli;

/// <summary>
/// A message shown in both languages whatever --lang says: help (built before a verb runs, read by
/// either reader) and the last-resort "cannot run". Chinese first, then " / ", then English.
/// </summary>
public static class Bilingual
{
    public static string Of(MessageText text)
    {
        // A full-width closing parenthesis carries its own space: "（默认 catalog/）/ catalog folder".
        var separator = Messages.Text(Lang.Zh, text.Id).EndsWith('）') ? "/ " : " / ";
        return text.In(Lang.Zh) + separator + text.In(Lang.En);
    }
}
