using CatalogTools.Core.Model;
using CatalogTools.Core.Text;

namespace CatalogTools.Core.Loading;

/// <summary>Builds model objects from YAML trees already checked against their schema.</summary>
internal static class ItemReader
{
    public static StandardItem ReadStandard(NodeReader r) => new()
    {
        Code = r.String("code") ?? "",
        Status = r.Shared("status") ?? Vocabulary.Active,
        Levels = r.Strings("levels") ?? [],
        Elements = ReadElements(r),
        RetiredOn = r.String("retiredOn"),
        CommitmentConditions = r.Strings("commitmentConditions") ?? [],
        Intermediaries = r.Strings("intermediaries") ?? [],
        OnlineExemption = r.Has("onlineExemption") ? new OnlineExemption(r.Child("onlineExemption").String("reason") ?? "", ReadBasis(r.Child("onlineExemption").Child("basis")), r.Child("onlineExemption").Here) : null,
        Source = r.Here,
        Fields = r.Positions(),
    };

    public static ServiceBundle ReadBundle(NodeReader r) => new()
    {
        Code = r.String("code") ?? "",
        Name = r.String("name") ?? "",
        Region = r.Shared("region") ?? "",
        LeadAgency = r.String("leadAgency"),
        Status = r.Shared("status") ?? Vocabulary.Active,
        Members = r.Strings("members") ?? [],
        MemberSources = MemberSources(r),
        PromisedLimit = ReadLimit(r.Child("promisedLimit")),
        Visits = r.Int("visits"),
        Consultation = ReadContact(r.Child("consultation")),
        Materials = r.List("materials")?.Select(ReadMaterial).ToList() ?? [],
        Source = r.Here,
        Fields = r.Positions(),
    };

    private static List<SourceRef> MemberSources(NodeReader r)
    {
        var list = new List<SourceRef>();
        if (r.Child("members").Node is { Kind: Yaml.YKind.Sequence } members)
        {
            foreach (var item in members.Items)
            {
                if (item.Kind == Yaml.YKind.Scalar && item.ScalarType != Yaml.ScalarType.Null) list.Add(new SourceRef(r.Here.File, item.Line, item.Column));
            }
        }
        return list;
    }

    public static Implementation ReadImplementation(NodeReader r) => new()
    {
        Code = r.String("code") ?? "",
        StandardCode = r.Shared("standard") ?? "",
        Region = r.Shared("region") ?? "",
        Agency = r.Shared("agency") ?? "",
        Suffix = r.String("suffix"),
        Status = r.Shared("status") ?? Vocabulary.Active,
        PromisedLimit = ReadLimit(r.Child("promisedLimit")),
        HandlingType = r.Shared("handlingType"),
        Address = r.Shared("address"),
        Hours = r.Shared("hours"),
        Consultation = ReadContact(r.Child("consultation")),
        Complaint = ReadContact(r.Child("complaint")),
        Appointment = r.Has("appointment") ? SharedValues.Of(new Appointment(r.Child("appointment").Bool("supported") ?? false, r.Child("appointment").Shared("methods"))) : null,
        OnlineDepth = r.Shared("onlineDepth"),
        Visits = r.Int("visits"),
        Channels = r.Strings("channels") is { } channels ? SharedLists.Of(channels) : [],
        CrossRegion = r.Shared("crossRegion"),
        RetiredOn = r.String("retiredOn"),
        Assistance = r.Has("assistance") ? new Assistance(r.Child("assistance").Bool("offered") ?? false, r.Child("assistance").Shared("hotline"), r.Child("assistance").Shared("note"), r.Child("assistance").Here) : null,
        Own = ReadElements(r),
        Source = r.Here,
        Fields = r.Positions(),
    };

    /// <summary>The standardized elements present in the file; absent ones stay null (all absent: the one shared empty instance).</summary>
    public static StandardElements ReadElements(NodeReader r)
    {
        if (!HasAnyElement(r)) return StandardElements.None;
        return new()
        {
            Name = r.String("name"),
            Type = r.String("type"),
            ServiceObjects = r.Strings("serviceObjects"),
            Basis = r.List("basis")?.Select(ReadBasis).OfType<LegalBasis>().ToList(),
            Conditions = r.Strings("conditions"),
            StatutoryLimit = ReadLimit(r.Child("statutoryLimit")),
            Materials = r.List("materials")?.Select(ReadMaterial).ToList(),
            Steps = r.List("steps")?.Select(ReadStep).ToList(),
            Fees = r.List("fees")?.Select(ReadFee).ToList(),
            Notes = r.Strings("notes"),
        };
    }

    private static bool HasAnyElement(NodeReader r)
    {
        foreach (var key in StandardElements.Keys)
        {
            if (r.Has(key)) return true;
        }
        return false;
    }

    public static TimeLimit? ReadLimit(NodeReader r)
    {
        var days = r.Int("days");
        return days is null ? null : SharedValues.Of(new TimeLimit(days.Value, r.Shared("unit") ?? Vocabulary.WorkingDays));
    }

    public static LegalBasis? ReadBasis(NodeReader r)
    {
        var law = r.String("law");
        return law is null ? null : new LegalBasis(law, r.String("article"), r.Here);
    }

    private static Material ReadMaterial(NodeReader r) => new(
        r.String("name") ?? "", r.String("form"), r.Int("copies"), r.Bool("required"), r.Bool("signature"), r.Bool("seal"),
        r.String("source"), r.String("blankForm"), r.String("sample"), r.String("fillNotes"), r.String("licence"), r.Bool("exempt"), r.Here)
    {
        LicenceSource = r.KeyAt("licence"),
        Commitment = r.Bool("commitment"),
    };

    private static Step ReadStep(NodeReader r) => new(r.String("name") ?? "", r.Int("order") ?? 0, ReadLimit(r.Child("limit")), r.String("post"), r.Here);

    private static Fee ReadFee(NodeReader r) => new(
        r.String("name") ?? "", r.Bool("charged") ?? false, r.Decimal("amount"), r.String("standard"), ReadBasis(r.Child("basis")), r.Here);

    private static Contact? ReadContact(NodeReader r) => r.Node is null ? null : new Contact(r.Shared("phone") ?? "", r.Shared("email"), r.Here);
}
