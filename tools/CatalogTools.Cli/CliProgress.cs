using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Progress;
using Spectre.Console;

namespace CatalogTools.Cli;

/// <summary>
/// What a long verb is doing and how far it is, drawn on stderr with Spectre.Console while the
/// work runs on the verb's own thread, and cleared when it ends. Shown only when stdout and stderr
/// are a terminal, without --quiet, and not for machine formats (json, sarif, github …); otherwise
/// every call is a no-op. Libraries report through <see cref="IProgress{T}"/> of <see cref="WorkProgress"/>.
/// </summary>
public sealed class CliProgress : IProgress<WorkProgress>, IDisposable
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private readonly List<WorkProgress> _steps = [];
    private readonly ManualResetEventSlim _finished = new();
    private readonly Thread? _renderer;
    private readonly Lang _lang;

    private CliProgress(CliConsole console, Lang lang, bool show)
    {
        _lang = lang;
        if (!show) return;
        _renderer = new Thread(() => RenderSafely(console)) { IsBackground = true, Name = "catalog progress" };
        _renderer.Start();
    }

    /// <param name="humanOutput">False when the verb prints a machine format to the console: then nothing is drawn.</param>
    public static CliProgress Start(CliConsole console, Lang lang, bool humanOutput = true) => new(console, lang, console.ShowsProgress && humanOutput);

    /// <summary>Only text reports are for people; with any other format the run belongs to a machine.</summary>
    public static bool IsHumanOutput(IEnumerable<(string Format, string? File)> targets) => targets.All(t => t.Format == "text");

    public bool Showing => _renderer is not null;

    public void Report(WorkProgress value)
    {
        if (_renderer is null) return;
        lock (_gate)
        {
            var at = _steps.FindIndex(s => ReferenceEquals(s.Step, value.Step) || s.Step == value.Step);
            if (at < 0) _steps.Add(value);
            else if (value.Done >= _steps[at].Done) _steps[at] = value;
        }
    }

    /// <summary>A step whose size is not known (a spinner and the time it has taken).</summary>
    public void Step(WorkStep step) => Report(new WorkProgress(step, 0, 0));

    /// <summary>A step named by a message, worded in both languages for whoever shows it.</summary>
    public void Step(MessageText name) => Step(new WorkStep(name));

    /// <summary>The step of <paramref name="verb"/> that a library's phase begins ("export: reading the catalog").</summary>
    public void Starting(MessageText verb, string phase) => Step(new MessageText("cliProgress.phase", ("verb", verb), ("phase", PhaseName(phase))));

    /// <summary>Adapts a library's "phase ended" callback (publish, export, import) into a step that names it.</summary>
    public Action<string> Phases(MessageText verb) =>
        phase => Step(new MessageText("cliProgress.phaseDone", ("verb", verb), ("phase", PhaseName(phase))));

    /// <summary>The words for a library's phase names (CATALOG_TIMINGS keys), so a Chinese line holds no English.</summary>
    private static MessageArgument PhaseName(string phase) => phase switch
    {
        "load" => new MessageText("cliProgress.load"),
        "check" => new MessageText("cliProgress.check"),
        "prepare" => new MessageText("cliProgress.prepare"),
        "channels" => new MessageText("cliProgress.channels"),
        "plan" => new MessageText("cliProgress.plan"),
        "digests" => new MessageText("cliProgress.digests"),
        "changed files" => new MessageText("cliProgress.changedFiles"),
        "state" or "state saved" => new MessageText("cliProgress.state"),
        "stage" => new MessageText("cliProgress.stage"),
        "switch" => new MessageText("cliProgress.switch"),
        "items" => new MessageText("cliProgress.items"),
        "template" => new MessageText("cliProgress.template"),
        "rows" => new MessageText("cliProgress.rows"),
        "workbook" => new MessageText("cliProgress.workbook"),
        "compare" => new MessageText("cliProgress.compare"),
        "validate" => new MessageText("cliProgress.validate"),
        _ => phase,
    };

    public void Dispose()
    {
        _finished.Set();
        _renderer?.Join();
    }

    /// <summary>The display is a courtesy: if drawing fails (a closed terminal), the verb goes on without it.</summary>
    private void RenderSafely(CliConsole console)
    {
        try
        {
            Render(console);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException)
        {
            _finished.Wait();
        }
    }

    private void Render(CliConsole console)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = console.IsTerminal ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(console.Error),
        });
        if (TerminalWidth() is { } width) ansi.Profile.Width = width;
        ansi.Progress()
            .AutoClear(true)
            .AutoRefresh(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new CountColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var tasks = new List<ProgressTask>();
                while (true)
                {
                    var finished = _finished.Wait(tasks.Count == 0 ? TimeSpan.FromMilliseconds(10) : Refresh);
                    Update(context, tasks);
                    if (finished) break;
                    // Nothing is drawn until the first step is reported (an empty frame is just blank lines).
                    if (tasks.Count > 0) context.Refresh();
                }
            });
    }

    /// <summary>One task per step, in the order the steps began; a step is complete once a later one has begun.</summary>
    private void Update(ProgressContext context, List<ProgressTask> tasks)
    {
        WorkProgress[] steps;
        lock (_gate) steps = [.. _steps];
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            if (i == tasks.Count) tasks.Add(context.AddTask(Markup.Escape(step.Step.Text(_lang)), autoStart: true, maxValue: Math.Max(1, step.Total)));
            var task = tasks[i];
            var later = i < steps.Length - 1;
            task.IsIndeterminate = step.Total == 0 && !later;
            task.MaxValue = Math.Max(1, step.Total);
            task.Value = later ? task.MaxValue : Math.Min(step.Done, task.MaxValue);
            if (later && !task.IsFinished) task.StopTask();
        }
    }

    private static int? TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>"123/4567" beside the bar: how far in units, not only in percent.</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            task.IsIndeterminate || task.MaxValue <= 1 ? Text.Empty : new Text($"{task.Value:0}/{task.MaxValue:0}");
    }
}
