using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Text;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Import;

/// <summary>
/// Which codes a 一件事 member cell may hold: an implementation of the catalog, or one the workbook
/// adds in the same import. Anything else (a standard item's code, a mistyped code) is a CAT0172 at
/// the cell, found with every other cell problem rather than after them by check's CAT0075.
/// </summary>
public sealed class MemberCodes
{
    /// <summary>Suggestions are looked for among this many unknown members at most (each walks every implementation code).</summary>
    private const int MaxSuggestions = 20;

    private readonly HashSet<string> _implementations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _standards = new(StringComparer.Ordinal);
    private int _suggested;

    /// <param name="files">Item code → file of the catalog's items.</param>
    /// <param name="workbookCodes">The codes of the workbook's 事项目录 rows (new items among them).</param>
    public MemberCodes(IReadOnlyDictionary<string, string> files, IEnumerable<string> workbookCodes)
    {
        foreach (var (code, path) in files)
        {
            if (FileKinds.FromPath(path) == FileKind.Implementation) _implementations.Add(code);
            else _standards.Add(code);
        }
        foreach (var code in workbookCodes)
        {
            // A new item is an implementation when its code has the implementation's parts (STANDARD-REGION-AGENCY).
            if (files.ContainsKey(code)) continue;
            if (code.Split('-').Length >= 3) _implementations.Add(code);
            else _standards.Add(code);
        }
    }

    /// <summary>The diagnostic for a member that is no implementation code, at its cell; null when it is one.</summary>
    public Diagnostic? Diagnose(string member, CellPlace place, ItemDraft bundle, string workbook)
    {
        if (_implementations.Contains(member)) return null;
        var isStandard = _standards.Contains(member);
        MessageArgument problem = isStandard
            ? new MessageText("workbookPhrase.memberIsAStandardCode")
            : new MessageText("workbookPhrase.memberIsNoImplementation");
        var closest = isStandard || _suggested++ >= MaxSuggestions ? null : ClosestName.Find(member, _implementations.Where(c => Math.Abs(c.Length - member.Length) <= 3));
        MessageArgument suggestion = closest is null ? "" : new MessageText("workbookPhrase.didYouMean", ("closest", closest));
        var name = bundle.Root.Get("name")?.Value is { Length: > 0 } n ? n : bundle.Code;
        return place.Diagnose(WorkbookRules.BundleMemberNotAnItem, workbook, bundle.Code,
            ("bundle", name), ("member", member), ("problem", problem), ("suggestion", suggestion));
    }
}
