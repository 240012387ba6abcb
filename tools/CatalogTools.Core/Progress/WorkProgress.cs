namespace CatalogTools.Core.Progress;

/// <summary>
/// How far a step of long work is: <see cref="Done"/> of <see cref="Total"/> units (files, rules,
/// items); a <see cref="Total"/> of 0 means unknown. Libraries report it through an
/// <see cref="IProgress{T}"/> from parallel loops, so a receiver must be thread-safe and cheap.
/// </summary>
public readonly record struct WorkProgress(WorkStep Step, long Done, long Total);

/// <summary>Counts finished units of one step from any thread and reports each to an optional receiver.</summary>
public sealed class ProgressCounter(IProgress<WorkProgress>? receiver, WorkStep step, long total)
{
    private long _done;

    /// <summary>Reports the step as started (0 done), so a receiver shows it before the first unit ends.</summary>
    public ProgressCounter Start()
    {
        receiver?.Report(new WorkProgress(step, 0, total));
        return this;
    }

    public void Increment()
    {
        if (receiver is null) return;
        receiver.Report(new WorkProgress(step, Interlocked.Increment(ref _done), total));
    }
}
