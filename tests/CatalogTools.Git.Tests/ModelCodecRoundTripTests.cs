using System.Collections;
using System.Reflection;
using System.Text;
using CatalogTools.Core.Generation;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;
using CatalogTools.Caching;
using CatalogTools.Core.Sources;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests;

/// <summary>
/// The cache codec is a hand-written second serialization of the model: an element forgotten there
/// would vanish only on warm-cache runs (what CI does). So every item file of the sample and of a
/// generated province is encoded and decoded, and the whole object graph — every public property,
/// found by reflection, so a new element is covered without touching this test — must be equal.
/// </summary>
public sealed class ModelCodecRoundTripTests
{
    [Fact]
    public void Every_element_of_every_item_survives_encode_and_decode()
    {
        using var generated = TempCatalog.Empty();
        new ProvinceGenerator(400, 11).Write(generated.CatalogDir);
        using var planted = WithFieldsTheSampleNeverSets();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var files = 0;

        foreach (var catalog in new[] { RepoPaths.SampleCatalog, generated.CatalogDir, planted.CatalogDir })
        {
            var loader = new FileLoader(SchemaSet.Load(RepoPaths.Schemas));
            foreach (var path in Directory.EnumerateFiles(catalog, "*.yaml", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(catalog, path).Replace('\\', '/');
                if (FileKinds.FromPath(relative) is not (FileKind.StandardItem or FileKind.Implementation)) continue;
                var loaded = loader.Load(relative, File.ReadAllBytes(path));
                Assert.True(ModelCodec.CanStore(loaded), relative);

                var decoded = RoundTrip(loaded);
                Assert.Equal(ObjectGraph.Dump(loaded, covered), ObjectGraph.Dump(decoded, null));
                files++;
            }
        }

        Assert.True(files > 600, $"only {files} item files compared");
        // The corpus must exercise the model: a property never set anywhere would pass unchecked.
        var never = ObjectGraph.PropertiesOf(typeof(StandardItem), typeof(Implementation)).Where(p => !covered.Contains(p)).ToList();
        Assert.True(never.Count == 0, "never set in the sample or the generated province: " + string.Join(", ", never));
    }

    /// <summary>A retired standard and a retired implementation with a suffix: valid data the sample has no use for.</summary>
    private static TempCatalog WithFieldsTheSampleNeverSets()
    {
        var planted = TempCatalog.CopyOfSample();
        planted.Replace("standards/CJ00101001.yaml", "\nstatus: 在用", "\nstatus: 已停用\nretiredOn: 2026-06-30");
        planted.Replace("implementations/230123/CJ00101001-230123-112301230696413329.yaml", "status: 在用\n", "suffix: \"01\"\nstatus: 已停用\nretiredOn: 2026-06-30\n");
        return planted;
    }

    private static FileLoadResult RoundTrip(FileLoadResult loaded)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) ModelCodec.Write(writer, loaded);
        buffer.Position = 0;
        using var reader = new BinaryReader(buffer, Encoding.UTF8);
        return ModelCodec.Read(reader);
    }

    /// <summary>Renders an object graph as one line per leaf value, by reflection over public properties.</summary>
    private static class ObjectGraph
    {
        public static string Dump(object? value, HashSet<string>? covered)
        {
            var text = new StringBuilder();
            Walk(value, "", text, covered, 0);
            return text.ToString();
        }

        /// <summary>Type.Property names of the model reachable from the roots (what "covered" records).</summary>
        public static IEnumerable<string> PropertiesOf(params Type[] roots)
        {
            var seen = new HashSet<Type>();
            var queue = new Queue<Type>(roots);
            while (queue.Count > 0)
            {
                var type = queue.Dequeue();
                if (!seen.Add(type) || !IsModel(type)) continue;
                foreach (var property in Readable(type))
                {
                    yield return $"{type.Name}.{property.Name}";
                    foreach (var inner in ModelTypesIn(property.PropertyType)) queue.Enqueue(inner);
                }
            }
        }

        private static void Walk(object? value, string path, StringBuilder text, HashSet<string>? covered, int depth)
        {
            Assert.True(depth < 32, "the model graph is too deep at " + path);
            switch (value)
            {
                case null:
                    text.Append(path).Append(" = null\n");
                    return;
                case string or bool or int or long or decimal or double or DateOnly or DateTime or Enum:
                    text.Append(path).Append(" = ").Append(value).Append('\n');
                    return;
                case FieldPositions fields:
                    for (var i = 0; i < fields.Count; i++) text.Append(path).Append('[').Append(i).Append("] = ").Append(fields.At(i)).Append('\n');
                    return;
                case IEnumerable sequence:
                    var index = 0;
                    foreach (var element in sequence) Walk(element, $"{path}[{index++}]", text, covered, depth + 1);
                    text.Append(path).Append(".Count = ").Append(index).Append('\n');
                    return;
            }
            var type = value.GetType();
            if (!IsModel(type))
            {
                text.Append(path).Append(" = ").Append(value).Append('\n');
                return;
            }
            foreach (var property in Readable(type))
            {
                var inner = property.GetValue(value);
                if (inner is not null && covered is not null) covered.Add($"{type.Name}.{property.Name}");
                Walk(inner, $"{path}.{property.Name}", text, covered, depth + 1);
            }
        }

        private static bool IsModel(Type type) => type.Namespace?.StartsWith("CatalogTools.Core", StringComparison.Ordinal) == true && !type.IsEnum;

        private static IEnumerable<PropertyInfo> Readable(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType != typeof(object))
                .Where(p => !(p.PropertyType == typeof(bool) && p.GetMethod?.IsSpecialName == true && p.SetMethod is null && !IsStored(type, p)))
                .OrderBy(p => p.Name, StringComparer.Ordinal);

        /// <summary>Computed bool properties (IsActive) are derived from stored ones; records' stored ones have setters.</summary>
        private static bool IsStored(Type type, PropertyInfo property) =>
            type.GetField($"<{property.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

        private static IEnumerable<Type> ModelTypesIn(Type type)
        {
            if (type.IsGenericType) foreach (var argument in type.GetGenericArguments()) foreach (var inner in ModelTypesIn(argument)) yield return inner;
            if (type.IsArray) foreach (var inner in ModelTypesIn(type.GetElementType()!)) yield return inner;
            if (IsModel(type) && type != typeof(FieldPositions)) yield return type;
        }
    }
}
