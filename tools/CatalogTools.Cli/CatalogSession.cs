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
            console.Error.WriteLine(Messages.Format(lang, "catalogSession.catalogFolderNotFound", ("folder", catalogDirectory)));
            return null;
        }
        if (!File.Exists(Path.Combine(location.SchemasDirectory, "standard-item.schema.json")))
        {
            console.Error.WriteLine(Messages.Format(lang, "catalogSession.noSchemasFolder", ("catalogRoot", location.CatalogRoot)));
            return null;
        }
        WriteReports.Recover(console, lang, location.CatalogRoot);
        return location;
    }
}
