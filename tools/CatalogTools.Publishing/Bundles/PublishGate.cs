using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Schema;
using CatalogTools.Rules;

namespace CatalogTools.Publishing.Bundles;

/// <summary>What the gate decided: the errors that refuse the publish (empty: go on), and with --skip-invalid the items left out.</summary>
public sealed record GateDecision(IReadOnlyList<Diagnostic> Refusal, IReadOnlySet<string> Excluded, IReadOnlyList<LeftOutItem> LeftOut)
{
    public static readonly GateDecision Pass = new([], new HashSet<string>(), []);
}

/// <summary>
/// Publish checks the catalog with every rule, as <c>catalog check</c> does, before it writes anything:
/// an invalid phone or a <c>javascript:</c> e-mail must not reach citizens. Any error refuses the
/// publish. With --skip-invalid, an error is blamed on the item it is about (an implementation file's
/// error on that implementation; a standard file's on every implementation of the standard) and those
/// items are left out; an error in a registry or the policy cannot be blamed on items and still refuses.
/// </summary>
public static class PublishGate
{
    /// <param name="scope">Codes the rules look at (an incremental update: the loaded items); null: every item.</param>
    public static GateDecision Decide(LoadedCatalog loaded, PublishRequest request, IReadOnlySet<string>? scope = null)
    {
        var check = new CatalogChecker(RuleSet.All, request.Clock).Check(loaded, null, scope);
        var errors = check.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count == 0) return GateDecision.Pass;
        if (!request.SkipInvalid) return new GateDecision(errors, new HashSet<string>(), []);

        var index = loaded.Index;
        var implementationsByFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var i in index.ImplementationList) implementationsByFile.TryAdd(i.Source.File, i.Code);
        var standardsByFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in index.StandardList) standardsByFile.TryAdd(s.Source.File, s.Code);

        var blamed = new SortedDictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var unblamed = new List<Diagnostic>();
        foreach (var d in errors)
        {
            switch (FileKinds.FromPath(d.File))
            {
                case FileKind.Implementation:
                    // A file that did not load has no item: it is listed by its path.
                    var code = implementationsByFile.GetValueOrDefault(d.File) ?? d.File;
                    excluded.Add(code);
                    Blame(blamed, code, d);
                    break;
                case FileKind.StandardItem:
                    var standard = standardsByFile.GetValueOrDefault(d.File) ?? Path.GetFileNameWithoutExtension(d.File);
                    var implementations = index.ImplementationsOf(standard);
                    if (implementations.Count == 0) Blame(blamed, d.File, d);
                    foreach (var implementation in implementations)
                    {
                        excluded.Add(implementation.Code);
                        Blame(blamed, implementation.Code, d);
                    }
                    break;
                default:
                    unblamed.Add(d);
                    break;
            }
        }
        if (unblamed.Count > 0) return new GateDecision(unblamed, new HashSet<string>(), []);
        return new GateDecision([], excluded, blamed.Select(b => new LeftOutItem(b.Key, b.Value)).ToList());
    }

    private static void Blame(SortedDictionary<string, List<Diagnostic>> blamed, string key, Diagnostic d)
    {
        if (!blamed.TryGetValue(key, out var list)) blamed[key] = list = [];
        list.Add(d);
    }
}
