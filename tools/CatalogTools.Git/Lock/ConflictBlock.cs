namespace CatalogTools.Git.Lock;

/// <summary>
/// Reading one merge-conflict block of catalog.lock (<c>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</c> ours <c>=======</c> theirs
/// <c>&gt;&gt;&gt;&gt;&gt;&gt;&gt;</c>): each code in it becomes a <see cref="LockConflict"/>, and the block one
/// problem that names those codes and says how to resolve them.
/// </summary>
internal sealed class ConflictBlock(int start)
{
    private readonly List<LockEntry> _ours = [];
    private readonly List<LockEntry> _theirs = [];
    private bool _inTheirs;
    private bool _inBase;

    public int Start { get; } = start;

    public static bool IsMarker(ReadOnlySpan<char> line) =>
        line.StartsWith("<<<<<<<", StringComparison.Ordinal) || line.StartsWith(">>>>>>>", StringComparison.Ordinal) || line.StartsWith("=======", StringComparison.Ordinal)
        || line.StartsWith("|||||||", StringComparison.Ordinal);

    public void Add(LockEntry entry)
    {
        if (!_inBase) (_inTheirs ? _theirs : _ours).Add(entry);
    }

    /// <summary>Moves through one marker line; returns the open block, or null once it closed.</summary>
    public static ConflictBlock? Step(ConflictBlock? block, string line, int number, List<LockConflict> conflicts, List<LockProblem> problems)
    {
        if (line.StartsWith("<<<<<<<", StringComparison.Ordinal))
        {
            if (block is not null) problems.Add(new LockProblem(block.Start, new("lockFile.conflictNotClosed")));
            return new ConflictBlock(number);
        }
        if (block is null)
        {
            problems.Add(new LockProblem(number, new("lockFile.strayConflictMarker", ("marker", line[..7]))));
            return null;
        }
        if (line.StartsWith("=======", StringComparison.Ordinal))
        {
            (block._inBase, block._inTheirs) = (false, true);
            return block;
        }
        if (line.StartsWith("|||||||", StringComparison.Ordinal))
        {
            block._inBase = true; // diff3 style: the base section is not a side
            return block;
        }
        var codes = block._ours.Select(e => e.Code).Concat(block._theirs.Select(e => e.Code)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var code in codes)
        {
            conflicts.Add(new LockConflict(code, block._ours.LastOrDefault(e => e.Code == code), block._theirs.LastOrDefault(e => e.Code == code), block.Start));
        }
        problems.Add(new LockProblem(block.Start,
            new("lockFile.unresolvedConflict", ("codes", new Core.Diagnostics.MessageList("list.separator", [.. codes.Select(c => (Core.Diagnostics.MessageArgument)c)]))))
        { Conflict = true });
        return null;
    }
}
