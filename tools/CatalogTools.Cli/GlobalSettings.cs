using System.CommandLine;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Cli;

/// <summary>The global options of a command line (--lang, --color, --quiet), read from a parse before the verb runs.</summary>
public sealed record GlobalSettings(Lang Lang, string Color, bool Quiet)
{
    /// <summary>Values as written; one that is not allowed (--lang fr) falls back here and is refused by the real parse.</summary>
    public static GlobalSettings Read(ParseResult parse) => new(
        CommonOptions.ParseLang(Written(parse, CommonOptions.LangName)),
        Written(parse, CommonOptions.ColorName) is { } color && color is "always" or "never" ? color : "auto",
        parse.RootCommandResult.Command.Options.FirstOrDefault(o => o.Name == CommonOptions.QuietName) is Option<bool> quiet && parse.GetResult(quiet) is { Implicit: false });

    private static string? Written(ParseResult parse, string name)
    {
        var option = parse.RootCommandResult.Command.Options.FirstOrDefault(o => o.Name == name);
        return option is null ? null : parse.GetResult(option)?.Tokens.LastOrDefault()?.Value;
    }
}
