using System.Diagnostics;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>LibreOffice (Debian package libreoffice-calc, installed by ./test.sh) run headless to convert a workbook.</summary>
public static class Office
{
    /// <summary>Converts <paramref name="file"/> to <paramref name="format"/> (xlsx, pdf) into <paramref name="outDir"/>; returns the new file.</summary>
    public static async Task<string> ConvertAsync(string file, string format, string outDir)
    {
        var office = Find() ?? throw new InvalidOperationException(
            "libreoffice/soffice is not on PATH: this test needs it (./test.sh installs libreoffice-calc).");
        Directory.CreateDirectory(outDir);
        // A profile of its own, so parallel tests and a running office do not share a lock.
        var profile = Path.Combine(outDir, "lo-profile");
        var start = new ProcessStartInfo(office)
        {
            ArgumentList = { "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", format, "--outdir", outDir, file },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, await stdout + await stderr);
        }
        var converted = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + "." + format);
        Assert.True(File.Exists(converted), "libreoffice wrote no " + format);
        return converted;
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "libreoffice", "soffice" })
            {
                var path = Path.Combine(dir, name);
                if (File.Exists(path)) return path;
            }
        }
        return null;
    }
}
