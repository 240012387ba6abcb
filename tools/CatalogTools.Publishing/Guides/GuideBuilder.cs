using CatalogTools.Core.Index;
using CatalogTools.Core.Model;

namespace CatalogTools.Publishing.Guides;

/// <summary>Builds the <see cref="GuideModel"/> of a resolved item from the catalog's registries.</summary>
public sealed class GuideBuilder(CatalogIndex index)
{
    public GuideModel Build(ResolvedItem item)
    {
        var impl = item.Implementation;
        var region = index.Regions.TryGetValue(impl.Region, out var r)
            ? new GuideRegion(r.Code, r.Name, r.Level)
            : new GuideRegion(impl.Region, impl.Region, index.LevelOf(impl.Region));
        var agency = index.Agencies.TryGetValue(impl.Agency, out var a) ? new GuideAgency(a.Code, a.Name) : new GuideAgency(impl.Agency, impl.Agency);
        return new GuideModel(
            impl.Code,
            impl.StandardCode,
            impl.Suffix,
            item.Name,
            item.Type,
            impl.Status,
            item.ServiceObjects,
            item.Standard.Levels,
            region,
            agency,
            item.Basis.Select(Basis).ToList(),
            item.Conditions,
            Limit(item.StatutoryLimit),
            Limit(impl.PromisedLimit),
            impl.HandlingType,
            item.Materials.Select(Material).ToList(),
            item.Steps.OrderBy(s => s.Order).Select(s => new GuideStep(s.Name, s.Order, Limit(s.Limit), s.Post)).ToList(),
            item.Fees.Select(f => new GuideFee(f.Name, f.Charged, f.Amount, f.Standard, f.Basis is null ? null : Basis(f.Basis))).ToList(),
            impl.Appointment is null ? null : new GuideAppointment(impl.Appointment.Supported, impl.Appointment.Methods),
            impl.OnlineDepth,
            impl.Visits,
            impl.Channels,
            impl.Address,
            impl.Hours,
            Contact(impl.Consultation),
            Contact(impl.Complaint),
            impl.CrossRegion,
            item.Notes)
        {
            CommitmentConditions = item.Standard.CommitmentConditions.Count == 0 ? null : item.Standard.CommitmentConditions,
            Assistance = impl.Assistance is { } help ? new GuideAssistance(help.Offered, help.Hotline, help.Note) : null,
            Intermediaries = item.Standard.Intermediaries.Count == 0 ? null : item.Standard.Intermediaries.Select(Intermediary).ToList(),
            OnlineExemption = item.Standard.OnlineExemption is { } x ? new GuideExemption(x.Reason, x.Basis is null ? null : Basis(x.Basis)) : null,
            Bundles = Bundles(impl.Code),
        };
    }

    /// <summary>A code the registry does not hold (CAT0079) is shown as written, without limit or fee.</summary>
    private GuideIntermediary Intermediary(string code) =>
        index.IntermediaryServices.TryGetValue(code, out var s)
            ? new GuideIntermediary(s.Code, s.Name, Limit(s.Limit), s.Charged, s.Amount, s.FeeStandard, s.Basis is null ? null : Basis(s.Basis))
            : new GuideIntermediary(code, code, null, false, null, null, null);

    private List<GuideBundle>? Bundles(string code)
    {
        var bundles = index.BundlesOf(code);
        if (bundles.Count == 0) return null;
        return bundles.Select(b => new GuideBundle(b.Code, b.Name, Limit(b.PromisedLimit), b.Visits,
            b.Members.Select(m => new GuideBundleMember(m, MemberName(m))).ToList(),
            b.Materials.Select(m => m.Name).ToList())).ToList();
    }

    private string MemberName(string code) =>
        index.Implementations.TryGetValue(code, out var i) && index.Resolve(i) is { } r ? r.Name : code;

    private GuideBasis Basis(LegalBasis b)
    {
        index.Laws.TryGetValue(b.Law, out var law);
        return new GuideBasis(b.Law, b.Article, law?.DocumentNumber, law?.Issuer);
    }

    private GuideMaterial Material(Material m)
    {
        string? licenceName = null;
        if (m.Licence is not null && index.ELicences.TryGetValue(m.Licence, out var licence)) licenceName = licence.Name;
        return new GuideMaterial(m.Name, m.Form, m.Copies, m.Required, m.Signature, m.Seal, m.MaterialSource, m.BlankForm, m.Sample, m.FillNotes, m.Licence, licenceName, m.Exempt)
        {
            Commitment = m.Commitment,
        };
    }

    private static GuideLimit? Limit(TimeLimit? t) => t is null ? null : new GuideLimit(t.Days, t.Unit);

    private static GuideContact? Contact(Contact? c) => c is null ? null : new GuideContact(c.Phone, c.Email);
}
