using CatalogTools.Cli;
using CatalogTools.Core.Writing;

var code = CatalogCli.Run(args, CliConsole.System(), PinnedClock.FromEnvironment());
// Crash-safety tests ask how many file operations a run does (CATALOG_FAULT_AFTER_OPS=count), to kill it at each.
if (FaultInjection.Counting) Console.Error.WriteLine($"{FaultInjection.Variable}: {FaultInjection.Count}");
return code;
