using System.CommandLine;
using System.Text;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Writing;
using CatalogTools.Git.Lock;
using CatalogTools.Git.Repositories;

namespace CatalogTools.Cli.Commands.Lock;

/// <summary>
/// `catalog lock`: writes catalog.lock (next to the catalog folder) with every code's canonical
/// hash, version, date of change and status. `--check` (CI) writes nothing and fails when the lock
/// is stale, a retired code is used again, a code vanished unretired, or — with `--base REV` —
/// when the lock lost codes, lowered versions or changed a hash without raising the version.
/// </summary>
public static class LockCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var catalog = CommonOptions.Catalog();
        var check = new Option<bool>("--check") { Description = Bilingual.Of(new("lock.checkHelp")) };
        var baseRev = new Option<string?>("--base") { HelpName = "REV", Description = Bilingual.Of(new("lock.baseHelp")) };
        var noCache = new Option<bool>("--no-cache") { Description = Bilingual.Of(new("lock.noCacheHelp")) };
        var (format, output) = OutputPlan.Options();
        var merge = new Option<string[]>("--merge")
        {
            Description = Bilingual.Of(new("lock.mergeHelp")),
            Arity = new ArgumentArity(3, 3),
            AllowMultipleArgumentsPerToken = true,
            HelpName = "BASE OURS THEIRS",
        };
        var command = new Command("lock", Bilingual.Of(new("lock.help"))) { catalog, check, baseRev, format, output, noCache, merge };
        command.SetAction(parse =>
        {
            var language = CommonOptions.LangOf(parse);
            if (parse.GetValue(merge) is { Length: 3 } files) return LockMergeDriver.Run(files[0], files[1], files[2], console, language);
            if (!OutputPairing.TryPair(parse, format.Name, output.Name, console, language, out var targets)) return ExitCodes.CannotRun;
            return Execute(new LockRequest(parse.GetValue(catalog)!, parse.GetValue(check), parse.GetValue(baseRev), targets, language, parse.GetValue(noCache)), console, clock);
        });
        return command;
    }

    public static int Execute(LockRequest request, CliConsole console, TimeProvider clock)
    {
        var lang = request.Lang;
        if (!OutputPlan.TryCreate(request.Targets, console, lang, out var plan)) return ExitCodes.CannotRun;
        var location = CatalogSession.Locate(request.Catalog, console, lang);
        if (location is null) return ExitCodes.CannotRun;
        var lockPath = LockFile.PathFor(location);
        var lockName = Path.GetRelativePath(location.CatalogRoot, lockPath).Replace('\\', '/');
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);

        LockFile? baseLock = null;
        var baseName = request.Base ?? "";
        if (request.Base is not null)
        {
            using var repository = GitSession.Open(location, console, lang);
            if (repository is null) return ExitCodes.CannotRun;
            var commit = repository.Resolve(request.Base);
            if (!GitSession.Report(commit, console, lang)) return ExitCodes.CannotRun;
            var repoPath = Path.GetRelativePath(repository.WorkTree, lockPath).Replace('\\', '/');
            var read = GitSession.Guard(repository, () => (Found: true, Lock: repository.ReadAt(commit.Value!, repoPath) is { } bytes ? LockFile.Parse(Encoding.UTF8.GetString(bytes)) : null), (Found: false, Lock: (LockFile?)null), console, lang);
            if (!read.Found) return ExitCodes.CannotRun;
            baseLock = read.Lock;
            baseName = $"{request.Base} ({commit.Value!.Sha[..10]})";
            if (baseLock is null)
            {
                console.Error.WriteLine(Messages.Format(lang, "lock.noteHasNoCatalogLock", ("baseName", baseName)));
            }
        }

        var timings = PhaseTimings.FromEnvironment(console);
        var policy = SeverityPolicy.Read(location); // policy.yaml severities reach the lock rules as they reach check's
        // The lock (130 MB at 10^6 codes) is parsed on its own thread while the item files are stated and hashed.
        var reading = Task.Run(() => LockFile.ReadFile(lockPath));
        IReadOnlyList<ItemState> states;
        using (var session = SourceSessions.Open(location, request.NoCache))
        using (var progress = CliProgress.Start(console, lang, CliProgress.IsHumanOutput(request.Targets)))
        {
            states = ItemState.OfWorkTree(session, progress);
        }
        timings?.Mark("states");
        var current = reading.GetAwaiter().GetResult();
        timings?.Mark("read lock"); // what was left of reading the lock once the states were ready
        if (request.CheckOnly)
        {
            var found = policy.Apply(LockVerifier.Check(current, states, baseLock, baseName, lockName, today).Concat(Limits(states)));
            timings?.Mark("verify");
            plan.Write(found, Summary(states, current?.Entries.Count ?? 0, found), lang, ReportContexts.For(location, "lock"));
            timings?.Mark("report");
            return found.Any(d => d.Severity == Severity.Error) ? ExitCodes.Findings : ExitCodes.Ok;
        }

        if (current is not null && current.Conflicts.Count > 0 && current.Problems.All(p => p.Conflict))
        {
            // A merge left conflict blocks (both branches changed these codes): the item files, now merged, decide each line.
            var hashes = states.Where(s => s.Hash is not null).GroupBy(s => s.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Hash!, StringComparer.Ordinal);
            console.Error.WriteLine(Messages.Format(lang, "lock.conflictsResolved", ("lockPath", lockPath), ("count", current.Conflicts.Count),
                ("codes", string.Join(Messages.Text(lang, "list.separator"), current.Conflicts.Select(c => c.Code)))));
            current = current.Resolved(hashes);
        }
        var problems = new List<Diagnostic>();
        if (current is not null && current.Problems.Count > 0)
        {
            // A hand-broken lock is not overwritten: its lines may be all that records a retirement.
            problems.AddRange(LockVerifier.Check(current, [], null, baseName, lockName, today).Where(d => d.Rule.Id == RuleIds.LockMalformed));
            plan.Write(problems, Summary(states, current?.Entries.Count ?? 0, problems), lang, ReportContexts.For(location, "lock"));
            return ExitCodes.Findings;
        }
        var update = LockUpdate.Compute(current ?? LockFile.Empty, states, today, lockName);
        var text = LockFile.Render(update.Entries);
        var existing = File.Exists(lockPath) ? File.ReadAllText(lockPath, Encoding.UTF8) : null;
        if (existing != text)
        {
            var workspace = Path.GetDirectoryName(lockPath)!;
            if (JournaledWriter.WriteFiles(workspace, workspace, [(LockFile.FileName, text)]) is { } failure)
            {
                WriteReports.Failure(console, lang, failure, 1);
                return ExitCodes.CannotRun;
            }
        }
        timings?.Mark("write");
        ConfigureMergeDriver(location, console, lang);
        console.Error.WriteLine(Messages.Format(lang, "lock.codesAddedVersionsRaisedCodes", ("lockPath", lockPath), ("added", update.Added.Count), ("raised", update.Raised.Count), ("entries", update.Entries.Count), ("count", update.Entries.Count(e => e.Retired))));
        var updateProblems = policy.Apply(update.Problems.Concat(Limits(states)));
        if (updateProblems.Count > 0)
        {
            plan.Write(updateProblems, Summary(states, update.Entries.Count, updateProblems), lang, ReportContexts.For(location, "lock"));
            return updateProblems.Any(d => d.Severity == Severity.Error) ? ExitCodes.Findings : ExitCodes.Ok;
        }
        return ExitCodes.Ok;
    }

    /// <summary>Files not read because they broke a reading limit (CAT0025): the lock keeps what it had for them, and says why.</summary>
    private static IEnumerable<Diagnostic> Limits(IReadOnlyList<ItemState> states) => states.Where(s => s.Limit is not null).Select(s => s.Limit!);

    /// <summary>Registers the catalog.lock merge driver in the repository's local git config when it has none (see docs/git-workflow.md).</summary>
    private static void ConfigureMergeDriver(Core.Loading.CatalogLocation location, CliConsole console, Lang lang)
    {
        var opened = CatalogRepository.Open(location);
        if (!opened.Ok) return;
        using var repository = opened.Value!;
        var command = MergeDriverCommand.For(repository.WorkTree);
        if (MergeDriverConfig.EnsureConfigured(repository.Repo, command))
        {
            console.Error.WriteLine(Messages.Format(lang, "lock.registeredTheCatalogLockMerge", ("driverKey", MergeDriverConfig.DriverKey), ("command", command)));
        }
    }

    /// <summary>Lock rules look at item files and the lock's codes only, so that is what the summary counts (no registry entries).</summary>
    private static CheckSummary Summary(IReadOnlyList<ItemState> states, int codes, IReadOnlyList<Diagnostic> found)
    {
        var standards = states.Count(s => s.File.StartsWith("standards/", StringComparison.Ordinal));
        var bundles = states.Count(s => s.File.StartsWith("service-bundles/", StringComparison.Ordinal));
        var implementations = states.Count - standards - bundles;
        return new CheckSummary(states.Count, standards, implementations, null,
            found.Count(d => d.Severity == Severity.Error), found.Count(d => d.Severity == Severity.Warning), found.Count(d => d.Severity == Severity.Info),
            0, LockRules.All.Count, new Dictionary<string, int> { ["standard"] = standards, ["implementation"] = implementations, ["bundle"] = bundles })
        {
            Coverage = CoverageText.Of("lock", new("lock.coverage", ("files", states.Count), ("standards", standards), ("implementations", implementations), ("bundles", bundles), ("lockFile", LockFile.FileName), ("codes", codes))),
        };
    }
}

public sealed record LockRequest(string Catalog, bool CheckOnly, string? Base, IReadOnlyList<(string Format, string? File)> Targets, Lang Lang, bool NoCache = false);
