namespace CatalogTools.Core.Schema;

/// <summary>The kinds of file a catalog holds; each has one JSON Schema in schemas/.</summary>
public enum FileKind
{
    Unknown,
    StandardItem,
    Implementation,
    Regions,
    Agencies,
    Laws,
    CancelledProofs,
    ELicences,
    Policy,
    Site,
    Synonyms,
    Themes,
    IntermediaryServices,
    ServiceBundle,
}

public static class FileKinds
{
    /// <summary>The file kind by its path relative to the catalog root (forward slashes).</summary>
    public static FileKind FromPath(string relativePath)
    {
        if (relativePath.StartsWith("standards/", StringComparison.Ordinal)) return FileKind.StandardItem;
        if (relativePath.StartsWith("implementations/", StringComparison.Ordinal)) return FileKind.Implementation;
        if (relativePath.StartsWith("service-bundles/", StringComparison.Ordinal)) return FileKind.ServiceBundle;
        return relativePath switch
        {
            "registries/regions.yaml" => FileKind.Regions,
            "registries/agencies.yaml" => FileKind.Agencies,
            "registries/laws.yaml" => FileKind.Laws,
            "registries/cancelled-proofs.yaml" => FileKind.CancelledProofs,
            "registries/e-licences.yaml" => FileKind.ELicences,
            "registries/intermediary-services.yaml" => FileKind.IntermediaryServices,
            "policy.yaml" => FileKind.Policy,
            "site.yaml" => FileKind.Site,
            "registries/synonyms.yaml" => FileKind.Synonyms,
            "registries/themes.yaml" => FileKind.Themes,
            _ => FileKind.Unknown,
        };
    }

    public static string SchemaFile(FileKind kind) => kind switch
    {
        FileKind.StandardItem => "standard-item.schema.json",
        FileKind.Implementation => "implementation.schema.json",
        FileKind.Regions => "regions.schema.json",
        FileKind.Agencies => "agencies.schema.json",
        FileKind.Laws => "laws.schema.json",
        FileKind.CancelledProofs => "cancelled-proofs.schema.json",
        FileKind.ELicences => "e-licences.schema.json",
        FileKind.Policy => "policy.schema.json",
        FileKind.Site => "site.schema.json",
        FileKind.Synonyms => "synonyms.schema.json",
        FileKind.Themes => "themes.schema.json",
        FileKind.IntermediaryServices => "intermediary-services.schema.json",
        FileKind.ServiceBundle => "service-bundle.schema.json",
        _ => "",
    };

    public static readonly IReadOnlyList<FileKind> Registries = [FileKind.Regions, FileKind.Agencies, FileKind.Laws, FileKind.CancelledProofs, FileKind.ELicences];

    public static string RegistryPath(FileKind kind) => kind switch
    {
        FileKind.Regions => "registries/regions.yaml",
        FileKind.Agencies => "registries/agencies.yaml",
        FileKind.Laws => "registries/laws.yaml",
        FileKind.CancelledProofs => "registries/cancelled-proofs.yaml",
        FileKind.ELicences => "registries/e-licences.yaml",
        FileKind.Policy => "policy.yaml",
        FileKind.Site => "site.yaml",
        FileKind.Synonyms => "registries/synonyms.yaml",
        FileKind.Themes => "registries/themes.yaml",
        FileKind.IntermediaryServices => "registries/intermediary-services.yaml",
        _ => "",
    };
}
