using System.Globalization;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Model;

namespace CatalogTools.Core.Comparison;

/// <summary>
/// Compares items element by element (要素). Used for divergence from the standard (同一标准),
/// for the meaning of a change between two versions (diff, history), and for channel audits.
/// List elements are matched by name, so "a material added" is reported as such, not as a shift.
/// </summary>
public static class ElementComparer
{
    /// <summary>
    /// Differences from <paramref name="left"/> to <paramref name="right"/>. With
    /// <paramref name="onlyWhereRightHas"/>, elements absent on the right are skipped: an
    /// implementation that inherits an element does not diverge in it.
    /// </summary>
    public static List<ElementChange> Compare(StandardElements left, StandardElements right, bool onlyWhereRightHas = false)
    {
        var changes = new List<ElementChange>();
        Scalar(changes, "name", left.Name, right.Name, onlyWhereRightHas);
        Scalar(changes, "type", left.Type, right.Type, onlyWhereRightHas);
        Set(changes, "serviceObjects", left.ServiceObjects, right.ServiceObjects, s => s, onlyWhereRightHas);
        Set(changes, "basis", left.Basis, right.Basis, b => b.ToString(), onlyWhereRightHas);
        Set(changes, "conditions", left.Conditions, right.Conditions, s => s, onlyWhereRightHas);
        Scalar(changes, "statutoryLimit", left.StatutoryLimit?.ToString(), right.StatutoryLimit?.ToString(), onlyWhereRightHas);
        Keyed(changes, "materials", left.Materials, right.Materials, m => m.Name, (a, b) => a.SameAs(b), MaterialDifference, onlyWhereRightHas);
        Keyed(changes, "steps", left.Steps, right.Steps, s => s.Name, (a, b) => a.SameAs(b), StepDifference, onlyWhereRightHas);
        Keyed(changes, "fees", left.Fees, right.Fees, f => f.Name, (a, b) => a.SameAs(b), FeeDifference, onlyWhereRightHas);
        Set(changes, "notes", left.Notes, right.Notes, s => s, onlyWhereRightHas);
        return changes;
    }

    /// <summary>Differences in what an implementation chooses itself (limits, contacts, depth...).</summary>
    public static List<ElementChange> CompareImplementation(Implementation left, Implementation right)
    {
        var changes = new List<ElementChange>();
        Scalar(changes, "standard", left.StandardCode, right.StandardCode, false);
        Scalar(changes, "region", left.Region, right.Region, false);
        Scalar(changes, "agency", left.Agency, right.Agency, false);
        Scalar(changes, "status", left.Status, right.Status, false);
        Scalar(changes, "promisedLimit", left.PromisedLimit?.ToString(), right.PromisedLimit?.ToString(), false);
        Scalar(changes, "handlingType", left.HandlingType, right.HandlingType, false);
        Scalar(changes, "address", left.Address, right.Address, false);
        Scalar(changes, "hours", left.Hours, right.Hours, false);
        Scalar(changes, "consultation", Contact(left.Consultation), Contact(right.Consultation), false);
        Scalar(changes, "complaint", Contact(left.Complaint), Contact(right.Complaint), false);
        Scalar(changes, "appointment", Appointment(left.Appointment), Appointment(right.Appointment));
        Scalar(changes, "onlineDepth", left.OnlineDepth, right.OnlineDepth, false);
        Scalar(changes, "visits", left.Visits?.ToString(CultureInfo.InvariantCulture), right.Visits?.ToString(CultureInfo.InvariantCulture), false);
        Set(changes, "channels", left.Channels, right.Channels, s => s, false);
        Scalar(changes, "crossRegion", left.CrossRegion, right.CrossRegion, false);
        return changes;
    }

    /// <summary>Differences in a standard item's own fields besides its elements.</summary>
    public static List<ElementChange> CompareStandard(StandardItem left, StandardItem right)
    {
        var changes = new List<ElementChange>();
        Scalar(changes, "status", left.Status, right.Status, false);
        Set(changes, "levels", left.Levels, right.Levels, s => s, false);
        changes.AddRange(Compare(left.Elements, right.Elements));
        return changes;
    }

    /// <summary>Differences in a 一件事 (service-bundles/): its own fields, members and combined materials.</summary>
    public static List<ElementChange> CompareBundle(ServiceBundle left, ServiceBundle right)
    {
        var changes = new List<ElementChange>();
        Scalar(changes, "name", left.Name, right.Name, false);
        Scalar(changes, "region", left.Region, right.Region, false);
        Scalar(changes, "leadAgency", left.LeadAgency, right.LeadAgency, false);
        Scalar(changes, "status", left.Status, right.Status, false);
        Set(changes, "members", left.Members, right.Members, s => s, false);
        Scalar(changes, "promisedLimit", left.PromisedLimit?.ToString(), right.PromisedLimit?.ToString(), false);
        Scalar(changes, "visits", left.Visits?.ToString(CultureInfo.InvariantCulture), right.Visits?.ToString(CultureInfo.InvariantCulture), false);
        Scalar(changes, "consultation", Contact(left.Consultation), Contact(right.Consultation), false);
        Keyed(changes, "materials", left.Materials, right.Materials, m => m.Name, (a, b) => a.SameAs(b), MaterialDifference, false);
        return changes;
    }

    public static string? Contact(Contact? c) => c is null ? null : c.Email is null ? c.Phone : $"{c.Phone} / {c.Email}";

    /// <summary>支持（网上预约）: whether appointments are offered, and how.</summary>
    private static MessageArgument? Appointment(Appointment? a)
    {
        if (a is null) return null;
        if (a.Methods is null) return new MessageText(a.Supported ? "elementComparer.appointment.supported" : "elementComparer.appointment.notSupported");
        return new MessageText(a.Supported ? "elementComparer.appointment.supportedVia" : "elementComparer.appointment.notSupportedVia", ("methods", a.Methods));
    }

    /// <summary>A scalar shown as a message: compared as the message (its id and arguments), not as text.</summary>
    private static void Scalar(List<ElementChange> changes, string element, MessageArgument? left, MessageArgument? right)
    {
        if (Nullable.Equals(left, right)) return;
        var kind = left is null ? ChangeKind.Added : right is null ? ChangeKind.Removed : ChangeKind.Changed;
        changes.Add(new ElementChange(element, kind, null, left, right));
    }

    private static void Scalar(List<ElementChange> changes, string element, string? left, string? right, bool onlyWhereRightHas)
    {
        if (onlyWhereRightHas && right is null) return;
        if (left == right) return;
        var kind = left is null ? ChangeKind.Added : right is null ? ChangeKind.Removed : ChangeKind.Changed;
        changes.Add(new ElementChange(element, kind, null, Plain(left), Plain(right)));
    }

    private static MessageArgument? Plain(string? text) => text is null ? null : text;

    private static void Set<T>(List<ElementChange> changes, string element, IReadOnlyList<T>? left, IReadOnlyList<T>? right, Func<T, string> text, bool onlyWhereRightHas)
    {
        if (onlyWhereRightHas && right is null) return;
        var l = (left ?? []).Select(text).ToList();
        var r = (right ?? []).Select(text).ToList();
        foreach (var removed in l.Where(x => !r.Contains(x))) changes.Add(new ElementChange(element, ChangeKind.Removed, removed, null, null));
        foreach (var added in r.Where(x => !l.Contains(x))) changes.Add(new ElementChange(element, ChangeKind.Added, added, null, null));
    }

    private static void Keyed<T>(List<ElementChange> changes, string element, IReadOnlyList<T>? left, IReadOnlyList<T>? right,
        Func<T, string> key, Func<T, T, bool> same, Func<T, T, (MessageArgument From, MessageArgument To)> difference, bool onlyWhereRightHas)
    {
        if (onlyWhereRightHas && right is null) return;
        var l = left ?? [];
        var r = right ?? [];
        foreach (var item in l)
        {
            var match = r.FirstOrDefault(x => key(x) == key(item));
            if (match is null) changes.Add(new ElementChange(element, ChangeKind.Removed, key(item), null, null));
            else if (!same(item, match))
            {
                var (from, to) = difference(item, match);
                changes.Add(new ElementChange(element, ChangeKind.Changed, key(item), from, to));
            }
        }
        foreach (var item in r)
        {
            if (!l.Any(x => key(x) == key(item))) changes.Add(new ElementChange(element, ChangeKind.Added, key(item), null, null));
        }
    }

    private static (MessageArgument, MessageArgument) MaterialDifference(Material a, Material b) => Fields(
        ("form", a.Form, b.Form), ("copies", a.Copies?.ToString(CultureInfo.InvariantCulture), b.Copies?.ToString(CultureInfo.InvariantCulture)),
        ("required", YesNo(a.Required), YesNo(b.Required)), ("signature", YesNo(a.Signature), YesNo(b.Signature)), ("seal", YesNo(a.Seal), YesNo(b.Seal)),
        ("source", a.MaterialSource, b.MaterialSource), ("blankForm", a.BlankForm, b.BlankForm), ("sample", a.Sample, b.Sample),
        ("fillNotes", a.FillNotes, b.FillNotes), ("licence", a.Licence, b.Licence), ("exempt", YesNo(a.Exempt), YesNo(b.Exempt)), ("commitment", YesNo(a.Commitment), YesNo(b.Commitment)));

    private static (MessageArgument, MessageArgument) StepDifference(Step a, Step b) => Fields(
        ("order", a.Order.ToString(CultureInfo.InvariantCulture), b.Order.ToString(CultureInfo.InvariantCulture)),
        ("limit", a.Limit?.ToString(), b.Limit?.ToString()), ("post", a.Post, b.Post));

    private static (MessageArgument, MessageArgument) FeeDifference(Fee a, Fee b) => Fields(
        ("charged", YesNo(a.Charged), YesNo(b.Charged)), ("amount", a.Amount?.ToString(CultureInfo.InvariantCulture), b.Amount?.ToString(CultureInfo.InvariantCulture)),
        ("standard", a.Standard, b.Standard), ("basis", a.Basis?.ToString(), b.Basis?.ToString()));

    /// <summary>Booleans as the reader's language says them.</summary>
    private static MessageText? YesNo(bool? value) => value is null ? null : new MessageText(value.Value ? "elementComparer.yes" : "elementComparer.no");

    /// <summary>Only the attributes that differ, as "份数=1" → "份数=2" (copies=1 → copies=2 in English).</summary>
    /// A value is text, a <see cref="MessageText"/> (yes/no) or null (not written).
    private static (MessageArgument From, MessageArgument To) Fields(params (string Name, object? A, object? B)[] fields)
    {
        var differing = fields.Where(f => !Equals(f.A, f.B)).ToList();
        MessageArgument Side(Func<(string Name, object? A, object? B), object?> value) =>
            new MessageList("elementComparer.separator", [.. differing.Select(f => (MessageArgument)new MessageText("elementComparer.attribute",
                ("name", new MessageText("elementComparer.attribute." + f.Name)), ("value", value(f) ?? new MessageText("elementComparer.none"))))]);
        return (Side(f => f.A), Side(f => f.B));
    }
}
