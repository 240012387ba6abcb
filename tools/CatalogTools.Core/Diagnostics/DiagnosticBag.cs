namespace CatalogTools.Core.Diagnostics;

/// <summary>
/// Collects diagnostics from many threads, each at its rule's default severity. The province's
/// overrides are applied afterwards by <see cref="Checking.SeverityPolicy"/>, the one place severities change.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly Lock _gate = new();
    public void Report(RuleDescriptor rule, string file, int line, int column, string? item, params (string Name, MessageArgument Value)[] arguments)
    {
        if (rule.DefaultSeverity != Severity.Off) Report(rule, file, line, column, item, ArgumentMap.Of(arguments));
    }

    public void Report(RuleDescriptor rule, Model.SourceRef at, string? item, params (string Name, MessageArgument Value)[] arguments)
        => Report(rule, at.File, at.Line, at.Column, item, arguments);

    /// <summary>
    /// A finding whose arguments a rule built once and shares (an <see cref="ArgumentMap"/> is immutable):
    /// a rule that reports nearly every item of 10^6 with the same words keeps one map, not a million.
    /// </summary>
    public void Report(RuleDescriptor rule, Model.SourceRef at, string? item, IReadOnlyDictionary<string, MessageArgument> sharedArguments)
        => Report(rule, at.File, at.Line, at.Column, item, sharedArguments);

    private void Report(RuleDescriptor rule, string file, int line, int column, string? item, IReadOnlyDictionary<string, MessageArgument> arguments)
    {
        if (rule.DefaultSeverity == Severity.Off) return;
        Add(new Diagnostic(rule, rule.DefaultSeverity, file, Math.Max(1, line), Math.Max(1, column), item, arguments));
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    /// <summary>Diagnostics in a stable order: file, line, column, rule.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            var copy = _items.ToArray();
            Array.Sort(copy, DiagnosticOrder.Instance);
            return copy;
        }
    }
}

public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = string.CompareOrdinal(x.File, y.File);
        if (c != 0) return c;
        c = x.Line.CompareTo(y.Line);
        if (c != 0) return c;
        c = x.Column.CompareTo(y.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Rule.Id, y.Rule.Id);
        if (c != 0) return c;
        return string.CompareOrdinal(x.Message(Lang.En), y.Message(Lang.En));
    }
}
