using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;

namespace CatalogTools.Caching;

/// <summary>
/// Writes and reads the <see cref="FileLoadResult"/> of an item file (standard or implementation)
/// in a compact binary form. Registry and policy files are never cached (few, and cheap to read).
/// Strings that repeat (the path inside every SourceRef) are written once per entry.
/// </summary>
internal static class ModelCodec
{
    public static bool CanStore(FileLoadResult result) =>
        result.Content is StandardItem or Implementation or null
        && result.File.Kind is FileKind.StandardItem or FileKind.Implementation
        && result.Diagnostics.All(d => LoadRuleById.ContainsKey(d.Rule.Id));

    private static readonly Dictionary<string, RuleDescriptor> LoadRuleById = LoadRules.All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static void Write(BinaryWriter w, FileLoadResult r)
    {
        var f = r.File;
        w.Write(f.Path);
        w.Write((byte)f.Kind);
        Str(w, f.Code);
        w.Write(f.EntryCount);
        w.Write(f.Readable);
        w.Write(f.Suppressions.Count);
        foreach (var s in f.Suppressions)
        {
            w.Write(s.RuleId);
            w.Write(s.Until?.DayNumber ?? -1);
            Str(w, s.Reason);
            w.Write(s.Line);
            w.Write(s.Column);
        }
        w.Write(r.Diagnostics.Count);
        foreach (var d in r.Diagnostics) WriteDiagnostic(w, d);
        switch (r.Content)
        {
            case StandardItem s:
                w.Write((byte)1);
                WriteStandard(w, s);
                break;
            case Implementation i:
                w.Write((byte)2);
                WriteImplementation(w, i);
                break;
            default:
                w.Write((byte)0);
                break;
        }
    }

    public static FileLoadResult Read(BinaryReader r)
    {
        var path = r.ReadString();
        var kind = (FileKind)r.ReadByte();
        var code = OptStr(r);
        var entries = r.ReadInt32();
        var readable = r.ReadBoolean();
        var suppressions = new Suppression[r.ReadInt32()];
        for (var i = 0; i < suppressions.Length; i++)
        {
            var rule = r.ReadString();
            var day = r.ReadInt32();
            suppressions[i] = new Suppression(rule, day < 0 ? null : DateOnly.FromDayNumber(day), OptStr(r), r.ReadInt32(), r.ReadInt32());
        }
        var diagnostics = new Diagnostic[r.ReadInt32()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = ReadDiagnostic(r, LoadRuleById) ?? throw new KeyNotFoundException("a load rule this build does not know");
        }
        object? content = r.ReadByte() switch
        {
            1 => ReadStandard(r, path),
            2 => ReadImplementation(r, path),
            _ => null,
        };
        return new FileLoadResult(new CatalogFile(path, kind, code, entries, suppressions, readable), content, diagnostics);
    }

    /// <summary>One diagnostic (also the stored check result's, see <see cref="CheckResultCache"/>).</summary>
    public static void WriteDiagnostic(BinaryWriter w, Diagnostic d)
    {
        w.Write(d.Rule.Id);
        w.Write((byte)d.Severity);
        w.Write(d.File);
        w.Write(d.Line);
        w.Write(d.Column);
        Str(w, d.Item);
        Str(w, d.Place);
        w.Write(d.Arguments.Count);
        foreach (var (name, value) in d.Arguments)
        {
            w.Write(name);
            WriteArgument(w, value);
        }
    }

    /// <summary>An argument as it is: plain text, or a message reference (id and its own arguments), never a wording.</summary>
    private static void WriteArgument(BinaryWriter w, MessageArgument value)
    {
        if (value.List is { } list)
        {
            w.Write((byte)2);
            w.Write(list.SeparatorId);
            w.Write(list.Items.Count);
            foreach (var item in list.Items) WriteArgument(w, item);
            return;
        }
        if (value.Message is not { } message)
        {
            w.Write((byte)0);
            w.Write(value.Text ?? "");
            return;
        }
        w.Write((byte)1);
        w.Write(message.Id);
        w.Write(message.Arguments.Count);
        foreach (var (name, argument) in message.Arguments)
        {
            w.Write(name);
            WriteArgument(w, argument);
        }
    }

    private static MessageArgument ReadArgument(BinaryReader r)
    {
        var kind = r.ReadByte();
        if (kind == 0) return r.ReadString();
        if (kind == 2)
        {
            var separator = r.ReadString();
            var items = new MessageArgument[r.ReadInt32()];
            for (var i = 0; i < items.Length; i++) items[i] = ReadArgument(r);
            return new MessageList(separator, items);
        }
        var id = r.ReadString();
        var arguments = new (string Name, object? Value)[r.ReadInt32()];
        for (var i = 0; i < arguments.Length; i++) arguments[i] = (r.ReadString(), ReadArgument(r));
        return new MessageText(id, arguments);
    }

    /// <summary>The diagnostic, or null (after reading it whole) when its rule is not among <paramref name="rulesById"/>.</summary>
    public static Diagnostic? ReadDiagnostic(BinaryReader r, IReadOnlyDictionary<string, RuleDescriptor> rulesById)
    {
        // Rule ids, argument names and files repeat across a stored check's 10^5 diagnostics: pooled, they cost no allocation.
        var known = rulesById.TryGetValue(StringPool.Read(r), out var rule);
        var severity = (Severity)r.ReadByte();
        var file = StringPool.Read(r);
        var line = r.ReadInt32();
        var column = r.ReadInt32();
        var item = OptStr(r);
        var place = OptStr(r);
        var n = r.ReadInt32();
        var arguments = new Dictionary<string, MessageArgument>(n, StringComparer.Ordinal);
        for (var k = 0; k < n; k++) arguments[StringPool.Read(r)] = ReadArgument(r);
        return known ? new Diagnostic(rule!, severity, file, line, column, item, arguments) { Place = place } : null;
    }

    private static void WriteStandard(BinaryWriter w, StandardItem s)
    {
        w.Write(s.Code);
        w.Write(s.Status);
        Strings(w, s.Levels);
        WriteElements(w, s.Elements);
        Str(w, s.RetiredOn);
        Strings(w, s.CommitmentConditions);
        Strings(w, s.Intermediaries);
        w.Write(s.OnlineExemption is not null);
        if (s.OnlineExemption is { } x)
        {
            w.Write(x.Reason);
            w.Write(x.Basis is not null);
            if (x.Basis is not null) Basis(w, x.Basis);
            Pos(w, x.Source);
        }
        Pos(w, s.Source);
        Fields(w, s.Fields);
    }

    private static StandardItem ReadStandard(BinaryReader r, string path) => new()
    {
        Code = r.ReadString(),
        Status = r.ReadString(),
        Levels = OptStrings(r) ?? [],
        Elements = ReadElements(r, path),
        RetiredOn = OptStr(r),
        CommitmentConditions = OptStrings(r) ?? [],
        Intermediaries = OptStrings(r) ?? [],
        OnlineExemption = r.ReadBoolean() ? new OnlineExemption(r.ReadString(), r.ReadBoolean() ? ReadBasis(r, path) : null, ReadPos(r, path)) : null,
        Source = ReadPos(r, path),
        Fields = ReadFields(r),
    };

    private static void WriteImplementation(BinaryWriter w, Implementation i)
    {
        w.Write(i.Code);
        w.Write(i.StandardCode);
        w.Write(i.Region);
        w.Write(i.Agency);
        Str(w, i.Suffix);
        w.Write(i.Status);
        Limit(w, i.PromisedLimit);
        Str(w, i.HandlingType);
        Str(w, i.Address);
        Str(w, i.Hours);
        ContactOf(w, i.Consultation);
        ContactOf(w, i.Complaint);
        w.Write(i.Appointment is not null);
        if (i.Appointment is not null)
        {
            w.Write(i.Appointment.Supported);
            Str(w, i.Appointment.Methods);
        }
        Str(w, i.OnlineDepth);
        w.Write(i.Visits ?? int.MinValue);
        Strings(w, i.Channels);
        Str(w, i.CrossRegion);
        Str(w, i.RetiredOn);
        w.Write(i.Assistance is not null);
        if (i.Assistance is { } a)
        {
            w.Write(a.Offered);
            Str(w, a.Hotline);
            Str(w, a.Note);
            Pos(w, a.Source);
        }
        WriteElements(w, i.Own);
        Pos(w, i.Source);
        Fields(w, i.Fields);
    }

    private static Implementation ReadImplementation(BinaryReader r, string path)
    {
        var code = r.ReadString();
        var standard = StringPool.Read(r);
        var region = StringPool.Read(r);
        var agency = StringPool.Read(r);
        var suffix = OptStr(r);
        var status = StringPool.Read(r);
        var promised = ReadLimit(r);
        var handling = OptStr(r);
        var address = OptStr(r);
        var hours = OptStr(r);
        var consultation = ReadContact(r, path);
        var complaint = ReadContact(r, path);
        Appointment? appointment = r.ReadBoolean() ? new Appointment(r.ReadBoolean(), OptStr(r)) : null;
        var depth = OptStr(r);
        var visits = r.ReadInt32();
        var channels = OptStrings(r) ?? [];
        var cross = OptStr(r);
        var retired = OptStr(r);
        var assistance = r.ReadBoolean() ? new Assistance(r.ReadBoolean(), OptStr(r), OptStr(r), ReadPos(r, path)) : null;
        var own = ReadElements(r, path);
        return new Implementation
        {
            Code = code, StandardCode = standard, Region = region, Agency = agency, Suffix = suffix, Status = status,
            PromisedLimit = promised, HandlingType = handling, Address = address, Hours = hours, Consultation = consultation,
            Complaint = complaint, Appointment = appointment, OnlineDepth = depth, Visits = visits == int.MinValue ? null : visits,
            Channels = channels, CrossRegion = cross, RetiredOn = retired, Assistance = assistance, Own = own, Source = ReadPos(r, path), Fields = ReadFields(r),
        };
    }

    private static void WriteElements(BinaryWriter w, StandardElements e)
    {
        Str(w, e.Name);
        Str(w, e.Type);
        Strings(w, e.ServiceObjects);
        List(w, e.Basis, Basis);
        Strings(w, e.Conditions);
        Limit(w, e.StatutoryLimit);
        List(w, e.Materials, (w2, m) =>
        {
            w2.Write(m.Name);
            Str(w2, m.Form);
            w2.Write(m.Copies ?? int.MinValue);
            Bool(w2, m.Required);
            Bool(w2, m.Signature);
            Bool(w2, m.Seal);
            Str(w2, m.MaterialSource);
            Str(w2, m.BlankForm);
            Str(w2, m.Sample);
            Str(w2, m.FillNotes);
            Str(w2, m.Licence);
            Bool(w2, m.Exempt);
            Pos(w2, m.Source);
            Bool(w2, m.Commitment);
            w2.Write(m.LicenceSource is not null);
            if (m.LicenceSource is not null) Pos(w2, m.LicenceSource.Value);
        });
        List(w, e.Steps, (w2, s) =>
        {
            w2.Write(s.Name);
            w2.Write(s.Order);
            Limit(w2, s.Limit);
            Str(w2, s.Post);
            Pos(w2, s.Source);
        });
        List(w, e.Fees, (w2, f) =>
        {
            w2.Write(f.Name);
            w2.Write(f.Charged);
            w2.Write(f.Amount is not null);
            if (f.Amount is not null) w2.Write(f.Amount.Value);
            Str(w2, f.Standard);
            w2.Write(f.Basis is not null);
            if (f.Basis is not null) Basis(w2, f.Basis);
            Pos(w2, f.Source);
        });
        Strings(w, e.Notes);
    }

    private static StandardElements ReadElements(BinaryReader r, string path) => new()
    {
        Name = OptStr(r),
        Type = OptStr(r),
        ServiceObjects = OptStrings(r),
        Basis = ReadList(r, r2 => ReadBasis(r2, path)),
        Conditions = OptStrings(r),
        StatutoryLimit = ReadLimit(r),
        Materials = ReadList(r, r2 =>
        {
            var name = r2.ReadString();
            var form = OptStr(r2);
            var copies = r2.ReadInt32();
            var material = new Material(name, form, copies == int.MinValue ? null : copies, OptBool(r2), OptBool(r2), OptBool(r2), OptStr(r2), OptStr(r2),
                OptStr(r2), OptStr(r2), OptStr(r2), OptBool(r2), ReadPos(r2, path));
            material = material with { Commitment = OptBool(r2) };
            return r2.ReadBoolean() ? material with { LicenceSource = ReadPos(r2, path) } : material;
        }),
        Steps = ReadList(r, r2 => new Step(r2.ReadString(), r2.ReadInt32(), ReadLimit(r2), OptStr(r2), ReadPos(r2, path))),
        Fees = ReadList(r, r2 =>
        {
            var name = r2.ReadString();
            var charged = r2.ReadBoolean();
            decimal? amount = r2.ReadBoolean() ? r2.ReadDecimal() : null;
            var standard = OptStr(r2);
            var basis = r2.ReadBoolean() ? ReadBasis(r2, path) : null;
            return new Fee(name, charged, amount, standard, basis, ReadPos(r2, path));
        }),
        Notes = OptStrings(r),
    };

    private static void Basis(BinaryWriter w, LegalBasis b)
    {
        w.Write(b.Law);
        Str(w, b.Article);
        Pos(w, b.Source);
    }

    private static LegalBasis ReadBasis(BinaryReader r, string path) => new(r.ReadString(), OptStr(r), ReadPos(r, path));

    private static void ContactOf(BinaryWriter w, Contact? c)
    {
        w.Write(c is not null);
        if (c is null) return;
        w.Write(c.Phone);
        Str(w, c.Email);
        Pos(w, c.Source);
    }

    private static Contact? ReadContact(BinaryReader r, string path) => r.ReadBoolean() ? new Contact(r.ReadString(), OptStr(r), ReadPos(r, path)) : null;

    private static void Limit(BinaryWriter w, TimeLimit? l)
    {
        w.Write(l is not null);
        if (l is null) return;
        w.Write(l.Days);
        w.Write(l.Unit);
    }

    private static TimeLimit? ReadLimit(BinaryReader r) => r.ReadBoolean() ? new TimeLimit(r.ReadInt32(), StringPool.Read(r)) : null;

    /// <summary>Positions only: the file of every SourceRef in one file's result is that file.</summary>
    private static void Pos(BinaryWriter w, SourceRef s)
    {
        w.Write(s.Line);
        w.Write(s.Column);
    }

    private static SourceRef ReadPos(BinaryReader r, string path) => new(path, r.ReadInt32(), r.ReadInt32());

    private static void Fields(BinaryWriter w, FieldPositions f)
    {
        w.Write(f.Count);
        for (var i = 0; i < f.Count; i++)
        {
            var (key, line, column) = f.At(i);
            w.Write(key);
            w.Write(line);
            w.Write(column);
        }
    }

    private static FieldPositions ReadFields(BinaryReader r)
    {
        var n = r.ReadInt32();
        var keys = new string[n];
        var lines = new int[n];
        var columns = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = StringPool.Read(r);
            lines[i] = r.ReadInt32();
            columns[i] = r.ReadInt32();
        }
        return new FieldPositions(keys, lines, columns);
    }

    private static void Str(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) w.Write(s);
    }

    private static string? OptStr(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void Bool(BinaryWriter w, bool? b) => w.Write(b is null ? (byte)2 : b.Value ? (byte)1 : (byte)0);

    private static bool? OptBool(BinaryReader r) => r.ReadByte() switch { 0 => false, 1 => true, _ => null };

    private static void Strings(BinaryWriter w, IReadOnlyList<string>? list)
    {
        w.Write(list?.Count ?? -1);
        if (list is null) return;
        foreach (var s in list) w.Write(s);
    }

    private static List<string>? OptStrings(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n < 0) return null;
        var list = new List<string>(n);
        for (var i = 0; i < n; i++) list.Add(r.ReadString());
        return list;
    }

    private static void List<T>(BinaryWriter w, IReadOnlyList<T>? list, Action<BinaryWriter, T> write)
    {
        w.Write(list?.Count ?? -1);
        if (list is null) return;
        foreach (var x in list) write(w, x);
    }

    private static List<T>? ReadList<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var n = r.ReadInt32();
        if (n < 0) return null;
        var list = new List<T>(n);
        for (var i = 0; i < n; i++) list.Add(read(r));
        return list;
    }
}
