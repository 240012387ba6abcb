namespace CatalogTools.Cli;

/// <summary>
/// Which report formats a file name's extension stands for, so that <c>--format sarif --format
/// github --output x.sarif</c> (the file pairs with github, the --format just before it) is
/// refused instead of writing annotations into a .sarif file. Other extensions take any format.
/// </summary>
public static class OutputFileKinds
{
    private static readonly Dictionary<string, string[]> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".sarif"] = ["sarif"],
        [".json"] = ["json", "sarif", "gitlab"],
        [".xml"] = ["junit"],
        [".txt"] = ["text", "github"],
        [".log"] = ["text", "github"],
    };

    /// <summary>The formats a file of this name holds, or null when its extension says nothing.</summary>
    public static IReadOnlyList<string>? Expected(string file) => ByExtension.GetValueOrDefault(Path.GetExtension(file));
}
