using CatalogTools.Core.Comparison;
using CatalogTools.Core.Model;
using DuckDB.NET.Data;

namespace CatalogTools.Query.Tables;

/// <summary>
/// implementations: one row per implementation whose standard is known, resolved over its standard
/// (the guide an applicant sees), with its region's names up the tree and its department.
/// </summary>
public sealed class ImplementationsTable : TableDefinition
{
    public override string Name => "implementations";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Text("code"), Text("standard_code"), Text("name"), Text("type"), Bool("administrative_power"), Text("status"),
        Text("region"), Text("region_name"), Text("region_level"),
        Text("city"), Text("city_name"), Text("county"), Text("county_name"),
        Text("agency"), Text("agency_name"), Text("department"),
        Bool("natural_person"), Bool("legal_person"),
        Int("promised_days"), Text("promised_unit"), Int("statutory_days"), Text("statutory_unit"),
        Text("handling_type"), Text("online_depth"), Int("visits"), Text("channels"), Bool("online"),
        Text("cross_region"), Bool("appointment"), Text("consultation_phone"), Text("complaint_phone"),
        Int("material_count"), Int("step_count"), Int("fee_count"), Text("own_elements"), Bool("same_standard"),
        Text("file"),
    ];

    public override void Append(QuerySource source, DuckDBAppender appender)
    {
        var tree = source.Tree;
        foreach (var item in source.Index.ResolveAll())
        {
            var impl = item.Implementation;
            var city = source.AncestorAt(impl.Region, "市级");
            var county = source.AncestorAt(impl.Region, "县级");
            var own = OwnElements(impl.Own);
            var same = own.Length == 0 || ElementComparer.Compare(item.Standard.Elements, impl.Own, onlyWhereRightHas: true).Count == 0;
            appender.CreateRow()
                .AppendValue(impl.Code).AppendValue(impl.StandardCode).AppendValue(item.Name).AppendValue(item.Type)
                .AppendValue(Vocabulary.IsAdministrativePower(item.Type)).AppendValue(impl.Status)
                .AppendValue(impl.Region).AppendValue(tree.NameOf(impl.Region)).AppendValue(tree.LevelOf(impl.Region))
                .AppendValue(city).AppendValue(city is null ? null : tree.NameOf(city))
                .AppendValue(county).AppendValue(county is null ? null : tree.NameOf(county))
                .AppendValue(impl.Agency).AppendValue(source.AgencyName(impl.Agency)).AppendValue(source.DepartmentOf(impl.Agency))
                .AppendValue(item.ServiceObjects.Contains(Vocabulary.NaturalPerson)).AppendValue(item.ServiceObjects.Contains(Vocabulary.LegalPerson))
                .AppendValue(impl.PromisedLimit?.Days).AppendValue(impl.PromisedLimit?.Unit)
                .AppendValue(item.StatutoryLimit?.Days).AppendValue(item.StatutoryLimit?.Unit)
                .AppendValue(impl.HandlingType).AppendValue(impl.OnlineDepth).AppendValue(impl.Visits)
                .AppendValue(string.Join("、", impl.Channels)).AppendValue(IsOnline(impl.Channels))
                .AppendValue(impl.CrossRegion).AppendValue(impl.Appointment?.Supported)
                .AppendValue(impl.Consultation?.Phone).AppendValue(impl.Complaint?.Phone)
                .AppendValue(item.Materials.Count).AppendValue(item.Steps.Count).AppendValue(item.Fees.Count)
                .AppendValue(own).AppendValue(same).AppendValue(impl.Source.File)
                .EndRow();
        }
    }

    private static bool IsOnline(IReadOnlyList<string> channels)
    {
        foreach (var channel in channels)
        {
            if (Vocabulary.OnlineChannels.Contains(channel)) return true;
        }
        return false;
    }

    /// <summary>The standardized elements the office wrote its own copy of, by file key ("materials、steps").</summary>
    private static string OwnElements(StandardElements own)
    {
        if (own.IsEmpty) return "";
        var keys = new List<string>(2);
        if (own.Name is not null) keys.Add("name");
        if (own.Type is not null) keys.Add("type");
        if (own.ServiceObjects is not null) keys.Add("serviceObjects");
        if (own.Basis is not null) keys.Add("basis");
        if (own.Conditions is not null) keys.Add("conditions");
        if (own.StatutoryLimit is not null) keys.Add("statutoryLimit");
        if (own.Materials is not null) keys.Add("materials");
        if (own.Steps is not null) keys.Add("steps");
        if (own.Fees is not null) keys.Add("fees");
        if (own.Notes is not null) keys.Add("notes");
        return string.Join("、", keys);
    }
}
