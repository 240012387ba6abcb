using LibGit2Sharp;

namespace CatalogTools.Git.Lock;

/// <summary>
/// The repository-local git configuration of the catalog.lock merge driver that .gitattributes
/// names (<c>catalog.lock merge=catalog-lock</c>). Git keeps drivers out of committed files for
/// safety, so each clone needs it once; `catalog lock` adds it when it is missing and never
/// changes one a person set.
/// </summary>
public static class MergeDriverConfig
{
    public const string Driver = "catalog-lock";
    public const string DriverKey = "merge." + Driver + ".driver";
    public const string NameKey = "merge." + Driver + ".name";

    /// <summary>Sets the driver to <paramref name="command"/> when the repository has none; true when it did.</summary>
    public static bool EnsureConfigured(Repository repository, string command)
    {
        var config = repository.Config;
        if (config.Get<string>(DriverKey, ConfigurationLevel.Local) is not null) return false;
        config.Set(NameKey, "catalog.lock：按编码逐行合并 / merge catalog.lock code by code", ConfigurationLevel.Local);
        config.Set(DriverKey, command, ConfigurationLevel.Local);
        return true;
    }
}
