using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Core.Loading;

/// <summary>The catalog's policy.yaml on its own, for verbs that do not load the catalog (import's safety settings).</summary>
public static class PolicyFile
{
    /// <summary>The policy, or the defaults when the file is missing or unreadable (check reports why).</summary>
    public static Policy Read(CatalogLocation location)
    {
        var relative = FileKinds.RegistryPath(FileKind.Policy);
        var path = Path.Combine(location.CatalogRoot, relative);
        try
        {
            if (!File.Exists(path)) return new Policy();
            var read = YamlDocumentReader.Read(File.ReadAllBytes(path));
            if (!read.IsReadable || read.Root is not { Kind: YKind.Mapping } root) return new Policy();
            return RegistryReader.Policy(new NodeReader(root, relative));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Policy();
        }
    }
}
