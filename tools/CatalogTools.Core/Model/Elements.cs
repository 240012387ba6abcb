namespace CatalogTools.Core.Model;

/// <summary>A time limit: days (0 for 即办件) and unit 工作日 / 自然日.</summary>
public sealed record TimeLimit(int Days, string Unit)
{
    public override string ToString() => $"{Days} 个{Unit}";
}

/// <summary>One legal basis: the law's title as registered, and the article.</summary>
public sealed record LegalBasis(string Law, string? Article, SourceRef Source)
{
    public bool SameAs(LegalBasis other) => Law == other.Law && Article == other.Article;

    public override string ToString() => Article is null ? $"《{Law}》" : $"《{Law}》{Article}";
}

/// <summary>One application material (申请材料) with every element 《黑龙江省加快推进“互联网+政务服务”工作方案》 names.</summary>
public sealed record Material(
    string Name,
    string? Form,
    int? Copies,
    bool? Required,
    bool? Signature,
    bool? Seal,
    string? MaterialSource,
    string? BlankForm,
    string? Sample,
    string? FillNotes,
    string? Licence,
    bool? Exempt,
    SourceRef Source)
{
    /// <summary>Where the e-licence reference is written (null when there is none).</summary>
    public SourceRef? LicenceSource { get; init; }

    /// <summary>告知承诺: the applicant may give a signed commitment instead of this material.</summary>
    public bool? Commitment { get; init; }

    /// <summary>Equality of content, ignoring where it was written.</summary>
    public bool SameAs(Material o) =>
        Name == o.Name && Form == o.Form && Copies == o.Copies && Required == o.Required && Signature == o.Signature
        && Seal == o.Seal && MaterialSource == o.MaterialSource && BlankForm == o.BlankForm && Sample == o.Sample
        && FillNotes == o.FillNotes && Licence == o.Licence && Exempt == o.Exempt && Commitment == o.Commitment;
}

/// <summary>One handling step (办理环节).</summary>
public sealed record Step(string Name, int Order, TimeLimit? Limit, string? Post, SourceRef Source)
{
    public bool SameAs(Step o) => Name == o.Name && Order == o.Order && Limit == o.Limit && Post == o.Post;
}

/// <summary>One fee (收费): whether charged, the amount in yuan, the standard text and its basis.</summary>
public sealed record Fee(string Name, bool Charged, decimal? Amount, string? Standard, LegalBasis? Basis, SourceRef Source)
{
    public bool SameAs(Fee o) =>
        Name == o.Name && Charged == o.Charged && Amount == o.Amount && Standard == o.Standard
        && (Basis is null ? o.Basis is null : o.Basis is not null && Basis.SameAs(o.Basis));
}

/// <summary>A phone number and optional e-mail (咨询方式 / 监督投诉方式).</summary>
public sealed record Contact(string Phone, string? Email, SourceRef Source);

/// <summary>Appointment (预约办理).</summary>
public sealed record Appointment(bool Supported, string? Methods);
