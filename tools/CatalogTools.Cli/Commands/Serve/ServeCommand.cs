using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Serving;

namespace CatalogTools.Cli.Commands.Serve;

/// <summary>`catalog serve DIR [--port N] [--bind ADDRESS]`: preview bundles and let channels pull them.</summary>
public static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var dir = new Argument<string>("DIR") { Description = Bilingual.Of(new("serve.dirHelp")) };
        var port = new Option<int>("--port") { HelpName = "PORT", Description = Bilingual.Of(new("serve.portHelp")), DefaultValueFactory = _ => 8080 };
        var bind = new Option<string>("--bind") { HelpName = "ADDRESS", Description = Bilingual.Of(new("serve.bindHelp")), DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", Bilingual.Of(new("serve.help"))) { dir, port, bind };
        command.SetAction(async (parse, cancellation) =>
        {
            var lang = CommonOptions.LangOf(parse);
            var timings = PhaseTimings.FromEnvironment(console);
            var folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                console.Error.WriteLine(Messages.Format(lang, "serve.folderNotFound", ("folder", folder)));
                return ExitCodes.CannotRun;
            }
            if (!IPAddress.TryParse(parse.GetValue(bind), out var address))
            {
                console.Error.WriteLine(Messages.Text(lang, "serve.bindMustBeAnIp"));
                return ExitCodes.CannotRun;
            }
            // Ctrl+C (SIGINT) and SIGTERM (systemd, docker stop, kill) stop the server; handled here, so the
            // runtime neither kills the process at once nor lets the web host swallow the signal.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            void Stop(PosixSignalContext signal)
            {
                signal.Cancel = true;
                stop.Cancel();
            }
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            await using (var server = await BundleServer.StartAsync(folder, parse.GetValue(port), address, stop.Token))
            {
                timings?.Mark("start");
                console.Out.WriteLine(Messages.Format(lang, "serve.servingAtCtrlCTo", ("folder", Path.GetFullPath(folder)), ("address", server.Address)));
                console.Out.Flush();
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    // Stopped by a signal: shut down and exit 0.
                }
            }
            console.Out.WriteLine(Messages.Text(lang, "serve.stopped"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
