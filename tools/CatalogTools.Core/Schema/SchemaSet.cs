using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Yaml;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CatalogTools.Core.Schema;

/// <summary>A schema problem placed on the YAML node it concerns.</summary>
public sealed record SchemaProblem(string Path, int Line, int Column, MessageText Detail);

/// <summary>
/// The JSON Schemas of one schemas/ folder, loaded once per run and applied (NJsonSchema) to
/// YAML trees. NJsonSchema's validator is thread-safe for concurrent validation.
/// </summary>
public sealed class SchemaSet
{
    private readonly Dictionary<FileKind, JsonSchema> _schemas = new();
    private readonly Dictionary<FileKind, SchemaFastPath> _fastPaths = new();

    private SchemaSet(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public static SchemaSet Load(string schemasDirectory)
    {
        var set = new SchemaSet(schemasDirectory);
        foreach (var kind in Enum.GetValues<FileKind>())
        {
            if (kind == FileKind.Unknown) continue;
            var path = Path.Combine(schemasDirectory, FileKinds.SchemaFile(kind));
            var schema = JsonSchema.FromFileAsync(path).GetAwaiter().GetResult();
            set._schemas[kind] = schema;
            set._fastPaths[kind] = SchemaFastPath.Compile(schema);
        }
        return set;
    }

    public IReadOnlyList<SchemaProblem> Validate(FileKind kind, YNode root)
    {
        if (!_schemas.TryGetValue(kind, out var schema)) return [];
        // Most files are valid, and proving that on the YAML tree is cheap; NJsonSchema names the problems of the rest.
        if (_fastPaths[kind].SurelyValid(root)) return [];
        var json = YamlToJson.Convert(root);
        var errors = schema.Validate(json);
        if (errors.Count == 0) return [];
        var flat = Flatten(errors).ToList();
        var problems = new List<SchemaProblem>(flat.Count);
        foreach (var error in flat)
        {
            if (IsMisspeltKey(error, flat)) continue;
            problems.Add(Place(root, error));
        }
        return problems;
    }

    /// <summary>
    /// A required key that is "missing" because it was misspelt is one mistake, not two: the
    /// unknown-key error names it ("did you mean …"), so the missing-key error is left out.
    /// </summary>
    private static bool IsMisspeltKey(ValidationError error, List<ValidationError> all)
    {
        if (error.Kind != ValidationErrorKind.PropertyRequired || error.Property is null) return false;
        var parent = ParentPath(error.Path);
        foreach (var other in all)
        {
            if (other.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && ParentPath(other.Path) == parent && SchemaErrorText.ClosestKey(other) == error.Property) return true;
        }
        return false;
    }

    private static string ParentPath(string? path)
    {
        var segments = SchemaPath.Split((path ?? "#").TrimStart('#', '/'));
        return string.Join("/", segments.Take(Math.Max(0, segments.Count - 1)));
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(e => e.Value))) yield return inner;
            }
            else
            {
                yield return error;
            }
        }
    }

    private static SchemaProblem Place(YNode root, ValidationError error)
    {
        var path = (error.Path ?? "#").TrimStart('#', '/');
        var segments = SchemaPath.Split(path);
        // A missing property is reported at its parent; an extra one at its own key.
        var lookup = error.Kind == ValidationErrorKind.PropertyRequired && segments.Count > 0 ? segments.Take(segments.Count - 1).ToList() : segments;
        var (line, column) = SchemaPath.Locate(root, lookup, keyPosition: error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed);
        var value = error.Kind == ValidationErrorKind.StringExpected ? SchemaPath.Find(root, segments) : null;
        return new SchemaProblem(path.Length == 0 ? "/" : path, line, column, SchemaErrorText.Describe(error, value));
    }
}
