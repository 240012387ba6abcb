using CatalogTools.Core.Diagnostics;
using Scriban;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>A template that failed to parse or is missing: file, line, column and Scriban's message, for the caller to word.</summary>
public sealed class TemplateException(MessageText reason) : Exception(reason.ToString())
{
    public MessageText Reason { get; } = reason;
}

/// <summary>
/// One channel's templates (templates/CHANNEL/*.sbn-html), parsed once and rendered many times,
/// plus its static assets (templates/CHANNEL/assets/), copied verbatim into the bundle.
/// Templates are read at run time from templates/ beside the catalog (or in it, or above it),
/// else from the copy shipped with the tools, so editors change pages without rebuilding.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);

    // One context per thread, reused for every page: a new TemplateContext builds all of Scriban's
    // builtin functions, which cost more than rendering a guide page. Template.Render clears the
    // output after each page; the page's globals are pushed and popped around it.
    private readonly ThreadLocal<TemplateContext> _contexts;

    // Scriban's builtin functions (string, array, date, ...), built once for every context: each
    // build makes a few hundred dynamic methods, whose finalizers then ran after every GC.
    // Templates only read them (Scriban registers them read-only).
    private static readonly ScriptObject Builtins = new Scriban.Functions.BuiltinFunctions();

    private TemplateSet(string directory)
    {
        Directory = directory;
        _contexts = new(() => NewContext(directory));
    }

    /// <summary>The folder templates were read from.</summary>
    public string Directory { get; }

    /// <summary>SHA-256 over every template and asset and the <see cref="RendererBuild"/>: a change re-renders everything.</summary>
    public string Fingerprint { get; private set; } = "";

    public static string? FindRoot(string catalogRoot)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(catalogRoot).TrimEnd(Path.DirectorySeparatorChar)) ?? catalogRoot;
        string[] candidates = [Path.Combine(catalogRoot, "templates"), Path.Combine(parent, "templates"), Path.Combine(AppContext.BaseDirectory, "templates")];
        return candidates.FirstOrDefault(c => System.IO.Directory.Exists(Path.Combine(c, "web")));
    }

    public static TemplateSet Load(string templatesRoot, string channel)
    {
        var dir = Path.Combine(templatesRoot, channel);
        if (!System.IO.Directory.Exists(dir)) throw new TemplateException(new("template.folderNotFound", ("folder", dir)));
        var set = new TemplateSet(dir);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(RendererBuild.Id));
        foreach (var file in System.IO.Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(dir, file).Replace('\\', '/')));
            hash.AppendData(bytes);
            if (!file.EndsWith(".sbn-html", StringComparison.Ordinal)) continue;
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            var template = Template.Parse(text, file);
            if (template.HasErrors) throw new TemplateException(new("template.reason", ("reason", string.Join(Environment.NewLine, template.Messages.Select(m => m.ToString())))));
            set._templates[Path.GetFileNameWithoutExtension(file)] = template;
        }
        set.Fingerprint = Convert.ToHexStringLower(hash.GetHashAndReset());
        return set;
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>
    /// Every file that is not a template (nor README.md), copied verbatim to the same relative path;
    /// dot-files (.gitkeep, editor leftovers) stay out, as channels never serve them.
    /// </summary>
    public IEnumerable<(string Relative, string FullPath)> Assets()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Directory, file).Replace('\\', '/');
            if (relative.EndsWith(".sbn-html", StringComparison.Ordinal) || relative == "README.md") continue;
            if (relative.StartsWith('.') || relative.Contains("/.", StringComparison.Ordinal)) continue;
            yield return (relative, file);
        }
    }

    /// <summary>Renders template <paramref name="name"/> with the given globals. Data is never parsed as template code.</summary>
    public string Render(string name, ScriptObject model) => RenderInto(name, model).TakeText();

    /// <summary>Renders template <paramref name="name"/> as UTF-8 bytes (what Encoding.UTF8.GetBytes(Render(...)) gives, without the string).</summary>
    public byte[] RenderUtf8(string name, ScriptObject model) => RenderInto(name, model).TakeUtf8();

    private PageOutput RenderInto(string name, ScriptObject model)
    {
        if (!_templates.TryGetValue(name, out var template)) throw new TemplateException(new("template.missing", ("file", Path.Combine(Directory, name + ".sbn-html"))));
        var context = _contexts.Value!;
        context.PushGlobal(model);
        try
        {
            template.Render(context);
        }
        catch
        {
            _contexts.Value = NewContext(Directory); // a failed page may leave scopes and half a page behind
            throw;
        }
        context.PopGlobal();
        return (PageOutput)context.Output;
    }

    private static TemplateContext NewContext(string directory)
    {
        var context = new PageContext(Builtins)
        {
            // {{ include 'pager' }}: a partial is another template of the same channel folder (pager.sbn-html).
            TemplateLoader = new PartialLoader(directory),
            LoopLimit = int.MaxValue,
            RecursiveLimit = 100,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            NewLine = "\n",
            // AutoIndent re-indents what an indented {{ include }} writes; partials start at the line's start,
            // and with it on every write scanned its text for newlines. Pages are byte for byte the same.
            AutoIndent = false,
            MemberRenamer = member => char.ToLowerInvariant(member.Name[0]) + member.Name[1..],
        };
        context.PushOutput(new PageOutput());
        return context;
    }
}
