using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Support;

/// <summary>How messages name places: the registry's name, else the code.</summary>
public static class Names
{
    public static string Region(CatalogIndex index, string code) =>
        index.Regions.TryGetValue(code, out var region) ? region.Name : code;
}
