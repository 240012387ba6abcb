namespace CatalogTools.Publishing.Trust;

/// <summary>The four top-level roles, as root metadata names them.</summary>
public static class RoleNames
{
    public const string Root = "root";
    public const string Targets = "targets";
    public const string Snapshot = "snapshot";
    public const string Timestamp = "timestamp";

    public static IReadOnlyList<string> All { get; } = [Root, Targets, Snapshot, Timestamp];

    /// <summary>The spec_version every file carries: the TUF specification this format is modelled on.</summary>
    public const string SpecVersion = "1.0";
}
