using CatalogTools.Core.Loading;
using CatalogTools.Core.Yaml;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Export;

/// <summary>One 一件事 file's rows on the three 一件事 sheets, with what the export needs to place it.</summary>
public sealed record BundleRows(string Path, string Code, string Region, IReadOnlyList<string> Members, CellData[] Bundle, List<CellData[]> MemberRows, List<CellData[]> Materials);

/// <summary>
/// Turns the 一件事 files (service-bundles/) into rows: one on 一件事, one per member on 一件事成员
/// (with the member's item and agency names beside its code), one per combined material on 一件事材料.
/// </summary>
public static class BundleFlattener
{
    public const string Folder = "service-bundles";

    /// <summary>Every bundle file, read and flattened; a file that cannot be read is named in <paramref name="unreadable"/>.</summary>
    public static List<BundleRows> Read(string catalogRoot, NameBook names, List<string> unreadable)
    {
        var result = new List<BundleRows>();
        var folder = System.IO.Path.Combine(catalogRoot, Folder);
        if (!Directory.Exists(folder)) return result;
        foreach (var name in CatalogLoader.EnumerateFiles(folder))
        {
            var path = Folder + "/" + name;
            var root = ReadRoot(System.IO.Path.Combine(folder, name));
            if (root?.Get("code") is not { Kind: YKind.Scalar } code)
            {
                unreadable.Add(path);
                continue;
            }
            result.Add(Flatten(path, code.Value, root, names, catalogRoot));
        }
        return result;
    }

    public static BundleRows Flatten(string path, string code, YNode root, NameBook names, string catalogRoot)
    {
        var bundle = new CellData[WorkbookLayout.Bundles.Columns.Count];
        for (var i = 0; i < bundle.Length; i++)
        {
            var column = WorkbookLayout.Bundles.Columns[i];
            bundle[i] = ItemFlattener.Cell(ItemFlattener.At(root, column.Path), column);
        }
        var members = new List<string>();
        if (root.Get("members") is { Kind: YKind.Sequence } list)
        {
            foreach (var entry in list.Items)
            {
                if (entry.Kind == YKind.Scalar) members.Add(entry.Value);
            }
        }
        var memberRows = members.Select(m => MemberRow(code, m, names, catalogRoot)).ToList();
        var bundleName = names.Cells(WorkbookLayout.BundleMaterials, root, "");
        var materials = ItemFlattener.ListRows(root, code, WorkbookLayout.BundleMaterials).Select(r => NameBook.InSheetOrder(r, bundleName)).ToList();
        var region = root.Get("region") is { Kind: YKind.Scalar } r ? r.Value : "";
        return new BundleRows(path, code, region, members, bundle, memberRows, materials);
    }

    /// <summary>一件事编码, 成员事项编码, then the member's item name and agency name (read from its file; the standard's name when it inherits it).</summary>
    private static CellData[] MemberRow(string bundle, string member, NameBook names, string catalogRoot)
    {
        var parts = member.Split('-');
        var file = parts.Length >= 3 ? ReadRoot(System.IO.Path.Combine(catalogRoot, "implementations", parts[1], member + ".yaml")) : null;
        var display = names.Cells(WorkbookLayout.BundleMembers, file ?? YNode.Mapping(0, 0), parts[0]);
        return [CellData.Of(bundle), CellData.Of(member), .. display];
    }

    private static YNode? ReadRoot(string full)
    {
        if (!File.Exists(full)) return null;
        var read = YamlDocumentReader.Read(File.ReadAllBytes(full));
        return read.IsReadable && read.Root is { Kind: YKind.Mapping } root ? root : null;
    }
}
