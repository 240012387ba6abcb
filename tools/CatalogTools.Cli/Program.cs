using CatalogTools.Cli;

return CatalogCli.Run(args, CliConsole.System());
