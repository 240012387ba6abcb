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

    /// <summary>Adapts a library's "phase ended" callback (publish, export, import) into a step that names it.</summary>
    public Action<string> Phases(string verbZh, string verbEn) =>
        phase => Step(new WorkStep($"{verbZh}：{PhaseName(phase).Zh}完成", $"{verbEn}: {PhaseName(phase).En} done"));

    /// <summary>The words for a library's phase names (CATALOG_TIMINGS keys), so a Chinese line holds no English.</summary>
    private static (string Zh, string En) PhaseName(string phase) => phase switch
    {
        "load" => ("读取目录", "reading the catalog"),
        "check" => ("检查规则", "checking the rules"),
        "prepare" => ("准备办事指南", "preparing the guides"),
        "channels" => ("生成各渠道页面", "rendering the channels"),
        "plan" => ("计算变化", "planning the update"),
        "digests" => ("计算摘要", "computing digests"),
        "state" or "state saved" => ("保存发布状态", "saving the publish state"),
        "stage" => ("写入新版本", "writing the new version"),
        "switch" => ("切换到新版本", "switching to the new version"),
        "items" => ("读取事项", "reading the items"),
        "template" => ("生成表单样式", "building the form template"),
        "rows" => ("处理表格行", "processing the rows"),
        "workbook" => ("读取工作簿", "reading the workbook"),
        "compare" => ("比较变化", "comparing with the files"),
        "validate" => ("检查导入结果", "checking the result"),
        _ => (phase, phase),
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
