using System.CommandLine;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Cli;

/// <summary>
/// Options many verbs take (which catalog), and the global ones every verb takes wherever they
/// are written (<c>catalog --lang en check</c> or <c>catalog check --lang en</c>): language,
/// colour and quiet. The global ones live on the root command, made once per command tree.
/// </summary>
public static class CommonOptions
{
    public const string LangName = "--lang";
    public const string ColorName = "--color";
    public const string QuietName = "--quiet";

    public static Option<string> Catalog() => new("--catalog")
    {
        Description = Bilingual.Of(new("catalogCli.catalogHelp")),
        HelpName = "DIR",
        DefaultValueFactory = _ => "catalog",
    };

    public static Option<string> Lang()
    {
        var option = new Option<string>(LangName)
        {
            Description = Bilingual.Of(new("catalogCli.langHelp")),
            HelpName = "zh|en",
            DefaultValueFactory = _ => "zh",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("zh", "en");
        return option;
    }

    public static Option<string> Color()
    {
        var option = new Option<string>(ColorName)
        {
            Description = Bilingual.Of(new("catalogCli.colorHelp")),
            HelpName = "auto|always|never",
            DefaultValueFactory = _ => "auto",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("auto", "always", "never");
        return option;
    }

    public static Option<bool> Quiet() => new(QuietName, "-q")
    {
        Description = Bilingual.Of(new("catalogCli.quietHelp")),
        Recursive = true,
    };

    /// <summary>The --lang of this command line, wherever it was written (it was validated while parsing).</summary>
    public static Lang LangOf(ParseResult parse) => ParseLang(parse.GetValue<string>(LangName));

    public static Lang ParseLang(string? text) => LangParser.TryParse(text, out var lang) ? lang : Core.Diagnostics.Lang.Zh;
}
