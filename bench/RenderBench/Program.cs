using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CatalogTools.Core.Loading;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Rendering;

// The CPU parts of `catalog publish` without the file system: loading every file (no parse cache),
// preparing the guides, and rendering every item page of web and kiosk into memory. On a shared
// machine the kernel time of writing 400k files varies from run to run; these figures do not.
//   dotnet RenderBench.dll CATALOG_DIR TEMPLATES_DIR [ROUNDS]
// Prints per phase: wall and CPU seconds, bytes allocated, GC pause; for rendering also a digest of
// every page (path and SHA-256), which must not change when only the speed changes.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: RenderBench CATALOG_DIR TEMPLATES_DIR [ROUNDS]");
    return 2;
}
var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2;
var location = CatalogLocation.Find(args[0]) ?? throw new DirectoryNotFoundException(args[0]);
var loader = new CatalogLoader(location);
LoadedCatalog loaded = null!;
for (var r = 1; r <= rounds; r++) Measure($"load (round {r})", () => loaded = loader.Load());
List<PreparedGuide> guides = null!;
for (var r = 1; r <= rounds; r++) Measure($"prepare (round {r})", () => guides = Publisher.Prepare(loaded.Index, []));
var source = SourceVersion.Of(location.CatalogRoot);
foreach (var name in new[] { "web", "kiosk" })
{
    var channel = ChannelRegistry.For(name)!;
    var context = new ChannelContext(TemplateSet.Load(args[1], name), loaded.Index, source, guides);
    for (var r = 1; r <= rounds; r++)
    {
        var pages = new string[guides.Count * channel.ItemPaths(guides[0].Code).Count];
        var next = -1;
        Measure($"{name} items (round {r})", () => Parallel.For(0, guides.Count, i => channel.RenderItem(guides[i], context, (path, bytes, _) =>
            pages[Interlocked.Increment(ref next)] = path + " " + Convert.ToHexStringLower(SHA256.HashData(bytes)))));
        Array.Sort(pages, StringComparer.Ordinal);
        Console.WriteLine($"  {pages.Length} pages, digest {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', pages))))[..16]}");
    }
}
return 0;

static void Measure(string what, Action action)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var pause = GC.GetTotalPauseDuration();
    var watch = Stopwatch.StartNew();
    action();
    watch.Stop();
    process.Refresh();
    Console.WriteLine($"{what,-22} wall {watch.Elapsed.TotalSeconds,6:F2} s  cpu {(process.TotalProcessorTime - cpu).TotalSeconds,6:F2} s  " +
        $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024 * 1024),6} MB  gc pause {(GC.GetTotalPauseDuration() - pause).TotalSeconds,5:F2} s");
}
