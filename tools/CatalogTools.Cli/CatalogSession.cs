using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Writing;

namespace CatalogTools.Cli;

/// <summary>
/// Finds the catalog a verb was pointed at, or explains why it cannot. Every verb that touches the
/// catalog comes through here, so here an interrupted write (fmt, import, lock, publish) is
/// completed or rolled back from its journal before the verb reads anything.
/// </summary>
public static class CatalogSession
{
    public static CatalogLocation? Locate(string catalogDirectory, CliConsole console, Lang lang)
    {
        catalogDirectory = CatalogDiscovery.Resolve(catalogDirectory, Directory.GetCurrentDirectory());
        var location = CatalogLocation.Find(catalogDirectory);
        if (location is null && Directory.Exists(JournaledWriter.WorkspaceOf(catalogDirectory)))
        {
            // An interrupted generate may be completed into exactly this folder.
            WriteReports.Recover(console, lang, catalogDirectory);
            location = CatalogLocation.Find(catalogDirectory);
            if (location is not null) return location;
        }
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
        WriteReports.Recover(console, lang, location.CatalogRoot);
        return location;
    }
}
