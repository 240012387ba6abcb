namespace CatalogTools.Core.Diagnostics;

/// <summary>How serious a diagnostic is; <see cref="Off"/> only appears in policy overrides.</summary>
public enum Severity
{
    Off = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

public static class SeverityText
{
    public static string Id(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "off",
    };

    public static string Label(Severity s, Lang lang) => s switch
    {
        Severity.Error => Messages.Text(lang, "severity.error"),
        Severity.Warning => Messages.Text(lang, "severity.warning"),
        Severity.Info => Messages.Text(lang, "severity.info"),
        _ => "off",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        severity = text switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            "off" => Severity.Off,
            _ => (Severity)(-1),
        };
        return (int)severity >= 0;
    }
}
