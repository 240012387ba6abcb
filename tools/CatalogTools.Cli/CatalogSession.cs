using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;

namespace CatalogTools.Cli;

/// <summary>Finds the catalog a verb was pointed at, or explains why it cannot.</summary>
public static class CatalogSession
{
    public static CatalogLocation? Locate(string catalogDirectory, CliConsole console, Lang lang)
    {
        catalogDirectory = CatalogDiscovery.Resolve(catalogDirectory, Directory.GetCurrentDirectory());
        var location = CatalogLocation.Find(catalogDirectory);
        if (location is null)
        {
            console.Error.WriteLine(lang == Lang.Zh
                ? $"找不到目录文件夹『{catalogDirectory}』。用 --catalog 指定目录所在的文件夹。"
                : $"catalog folder '{catalogDirectory}' not found. Point --catalog at the catalog folder.");
            return null;
        }
        if (!File.Exists(Path.Combine(location.SchemasDirectory, "standard-item.schema.json")))
        {
            console.Error.WriteLine(lang == Lang.Zh
                ? $"找不到 schemas/ 文件夹（已查找 {location.CatalogRoot}/schemas、其上级目录和工具自带的副本）。"
                : $"no schemas/ folder found (looked in {location.CatalogRoot}/schemas, beside it, and the tools' own copy).");
            return null;
        }
        return location;
    }
}
