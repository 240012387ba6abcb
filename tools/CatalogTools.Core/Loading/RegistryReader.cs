using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Model;

namespace CatalogTools.Core.Loading;

/// <summary>Reads the registry files and the policy file.</summary>
internal static class RegistryReader
{
    public static List<Region> Regions(NodeReader r) =>
        (r.List("regions") ?? []).Select(e => new Region(e.String("code") ?? "", e.String("name") ?? "", e.String("level") ?? "", e.String("parent"), e.Here)).ToList();

    public static List<Agency> Agencies(NodeReader r) =>
        (r.List("agencies") ?? []).Select(e => new Agency(e.String("code") ?? "", e.String("name") ?? "", e.String("region") ?? "", e.Here)).ToList();

    public static List<Law> Laws(NodeReader r) =>
        (r.List("laws") ?? []).Select(e => new Law(e.String("title") ?? "", e.String("documentNumber"), e.String("issuer"), e.String("status") ?? "有效", e.String("repealedOn"), e.Here)).ToList();

    public static List<CancelledProof> CancelledProofs(NodeReader r) =>
        (r.List("proofs") ?? []).Select(e => new CancelledProof(e.String("name") ?? "", e.String("document"), e.Here)
        {
            Aliases = e.Strings("aliases") ?? [],
            Scope = new CancellationScope(e.Child("scope").Strings("items") ?? [], e.Child("scope").Strings("types") ?? []),
        }).ToList();

    public static List<ELicence> ELicences(NodeReader r) =>
        (r.List("licences") ?? []).Select(e => new ELicence(e.String("code") ?? "", e.String("name") ?? "", e.String("issuer"), e.Here)
        {
            Aliases = e.Strings("aliases") ?? [],
        }).ToList();

    public static List<IntermediaryService> IntermediaryServices(NodeReader r) =>
        (r.List("services") ?? []).Select(e => new IntermediaryService(
            e.String("code") ?? "", e.String("name") ?? "", ItemReader.ReadLimit(e.Child("limit")), e.Bool("charged") ?? false,
            e.Decimal("amount"), e.String("feeStandard"), ItemReader.ReadBasis(e.Child("basis")), e.Here)).ToList();

    public static Policy Policy(NodeReader r)
    {
        var policy = new Policy();
        var thresholds = r.Child("thresholds").Node;
        if (thresholds?.Kind == Yaml.YKind.Mapping)
        {
            foreach (var (key, _) in thresholds.Pairs)
            {
                var value = r.Child("thresholds").Decimal(key.Value);
                if (value is not null) policy.Thresholds[key.Value] = (double)value.Value;
            }
        }
        if (r.Child("import").Decimal("maxDeletedShare") is { } share && share is >= 0 and <= 1) policy.MaxDeletedShare = (double)share;
        var severity = r.Child("severity").Node;
        if (severity?.Kind == Yaml.YKind.Mapping)
        {
            foreach (var (key, value) in severity.Pairs)
            {
                if (SeverityText.TryParse(value.Value, out var s)) policy.Severities[key.Value] = s;
            }
        }
        return policy;
    }
}
