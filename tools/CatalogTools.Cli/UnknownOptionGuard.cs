using System.CommandLine;
using System.Globalization;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Cli;

/// <summary>
/// System.CommandLine hands a word that looks like an option but is none (<c>--formt</c>) to the
/// verb's PATH or FILE argument, so <c>check --formt json</c> went looking for a file called
/// "--formt". Here every argument refuses such a word with a parse error (exit 2) that names the
/// closest option. A file whose name starts with '-' is still reachable as <c>./-name</c>.
/// </summary>
public static class UnknownOptionGuard
{
    public static void Apply(RootCommand root) => Apply(root, root);

    private static void Apply(Command command, RootCommand root)
    {
        foreach (var argument in command.Arguments)
        {
            argument.Validators.Add(result =>
            {
                var word = result.Tokens.FirstOrDefault(t => LooksLikeOption(t.Value))?.Value;
                if (word is null) return;
                // Validators run inside the parse, in the UI culture the run chose from --lang.
                var lang = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? Lang.Zh : Lang.En;
                var meant = TypoHints.Closest(word, command, root);
                result.AddError(meant is null
                    ? Messages.Format(lang, "unknownOptionGuard.unknownOption", ("word", word), ("command", command.Name))
                    : Messages.Format(lang, "unknownOptionGuard.unknownOptionDidYouMean", ("word", word), ("meant", meant)));
            });
        }
        foreach (var sub in command.Subcommands) Apply(sub, root);
    }

    private static bool LooksLikeOption(string word) => word.Length > 1 && word[0] == '-' && !char.IsDigit(word[1]);
}
