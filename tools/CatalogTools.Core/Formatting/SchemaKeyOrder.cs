using System.Text.Json.Nodes;
using CatalogTools.Core.Schema;

namespace CatalogTools.Core.Formatting;

/// <summary>
/// The canonical key order of every mapping, read from the order of "properties" in the schemas,
/// so the schema is the one place that defines both the fields and their order.
/// </summary>
public sealed class SchemaKeyOrder
{
    private readonly string _directory;
    private readonly Dictionary<string, JsonNode> _documents = new(StringComparer.Ordinal);

    public SchemaKeyOrder(string schemasDirectory)
    {
        _directory = schemasDirectory;
    }

    /// <summary>A cursor at the root of a file kind's schema.</summary>
    public Cursor Root(FileKind kind)
    {
        var file = FileKinds.SchemaFile(kind);
        return file.Length == 0 ? default : Resolve(new Cursor(this, file, Document(file)));
    }

    private JsonNode? Document(string file)
    {
        lock (_documents)
        {
            if (_documents.TryGetValue(file, out var doc)) return doc;
            var path = Path.Combine(_directory, file);
            if (!File.Exists(path)) return null;
            doc = JsonNode.Parse(File.ReadAllText(path))!;
            _documents[file] = doc;
            return doc;
        }
    }

    private Cursor Resolve(Cursor cursor)
    {
        for (var guard = 0; guard < 10 && cursor.Node is JsonObject obj && obj["$ref"] is JsonValue refValue; guard++)
        {
            var reference = refValue.GetValue<string>();
            var hash = reference.IndexOf('#');
            var file = hash > 0 ? reference[..hash] : hash == 0 ? cursor.File : reference;
            JsonNode? node = Document(file);
            if (hash >= 0)
            {
                foreach (var part in reference[(hash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries))
                {
                    node = node?[part];
                }
            }
            cursor = new Cursor(this, file, node);
        }
        return cursor;
    }

    /// <summary>A position in a schema; default when the schema says nothing about that place.</summary>
    public readonly struct Cursor(SchemaKeyOrder? owner, string file, JsonNode? node)
    {
        public string File => file;
        public JsonNode? Node => node;

        public Cursor Property(string key)
        {
            if (owner is null || node?["properties"]?[key] is not JsonNode child) return default;
            return owner.Resolve(new Cursor(owner, file, child));
        }

        public Cursor Items()
        {
            if (owner is null || node?["items"] is not JsonNode child) return default;
            return owner.Resolve(new Cursor(owner, file, child));
        }

        /// <summary>Rank of a key among the schema's properties; unknown keys sort after, in written order.</summary>
        public int Rank(string key)
        {
            if (node?["properties"] is JsonObject properties)
            {
                var i = 0;
                foreach (var p in properties)
                {
                    if (p.Key == key) return i;
                    i++;
                }
            }
            return int.MaxValue;
        }
    }
}
