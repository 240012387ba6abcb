using System.CommandLine;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Text;

namespace CatalogTools.Cli;

/// <summary>
/// "Did you mean" for a mistyped verb or option. System.CommandLine has its own, but its zh-Hans
/// resources leave that sentence in English, so the CLI words it in the run's language.
/// </summary>
public static class TypoHints
{
    /// <summary>The verb or option of <paramref name="command"/> (or a global one) closest to <paramref name="typed"/>.</summary>
    public static string? Closest(string typed, Command command, Command root) =>
        ClosestName.Find(typed, NamesOf(command).Concat(root.Options.Where(o => o.Recursive).SelectMany(Names)));

    /// <summary>One line per unmatched word that is close to a verb or option: "『chek』…是否想写 check？".</summary>
    public static void Write(ParseResult parse, TextWriter error, Lang lang)
    {
        var command = parse.CommandResult.Command;
        var root = parse.RootCommandResult.Command;
        foreach (var word in parse.UnmatchedTokens)
        {
            if (Closest(word, command, root) is not { } meant) continue;
            error.WriteLine(Messages.Format(lang, "typoHints.isNotACatalogCommand", ("word", word), ("meant", meant)));
        }
    }

    private static IEnumerable<string> NamesOf(Command command) =>
        command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name))
            .Concat(command.Options.Where(o => !o.Hidden).SelectMany(Names));

    private static IEnumerable<string> Names(Option option) => option.Aliases.Prepend(option.Name);
}
