using System.CommandLine;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Cli;

/// <summary>Options every verb takes: which catalog, and which language to speak.</summary>
public static class CommonOptions
{
    public static Option<string> Catalog() => new("--catalog")
    {
        Description = "目录文件夹（默认 catalog/）/ catalog folder (default catalog/)",
        DefaultValueFactory = _ => "catalog",
    };

    public static Option<string> Lang() => new("--lang")
    {
        Description = "输出语言 zh|en / output language",
        DefaultValueFactory = _ => "zh",
    };

    public static Lang ParseLang(string? text) => LangParser.TryParse(text, out var lang) ? lang : Core.Diagnostics.Lang.Zh;
}
