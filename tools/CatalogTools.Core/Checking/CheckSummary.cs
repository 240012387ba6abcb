namespace CatalogTools.Core.Checking;

/// <summary>The figures every output format ends with.</summary>
public sealed record CheckSummary(
    int Files,
    int StandardItems,
    int Implementations,
    int RegistryEntries,
    int Errors,
    int Warnings,
    int Infos,
    int Suppressed,
    int Rules,
    IReadOnlyDictionary<string, int> FilesByKind);
