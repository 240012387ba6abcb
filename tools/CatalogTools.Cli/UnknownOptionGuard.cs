using System.CommandLine;
using System.Globalization;

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
                var zh = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
                var meant = TypoHints.Closest(word, command, root);
                result.AddError(zh
                    ? $"未知选项『{word}』" + (meant is null ? $"；{command.Name} 可用的选项见 catalog {command.Name} --help" : $"；是否想写 {meant}？")
                    : $"unknown option '{word}'" + (meant is null ? $"; see catalog {command.Name} --help for its options" : $"; did you mean {meant}?"));
            });
        }
        foreach (var sub in command.Subcommands) Apply(sub, root);
    }

    private static bool LooksLikeOption(string word) => word.Length > 1 && word[0] == '-' && !char.IsDigit(word[1]);
}
