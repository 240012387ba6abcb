using System.Text.Json;
using CatalogTools.Core.Model;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// One JSON document per published 一件事 for the mobile app, bundles/CODE.json (schemas/bundle/mobile-bundle.schema.json):
/// what the web's bundle page shows, with each member's path to its guide (items/CODE.json). Like the page, it is made
/// from the bundle file, the registries and the members' listing entries (what an incremental publish holds). entries.json lists them
/// (<see cref="MobileEntries"/>), as do the themes their members belong to.
/// </summary>
internal static class MobileBundles
{
    public static void Write(ChannelContext context, SharedSink sink, JsonWriterOptions options)
    {
        foreach (var published in context.Views.Bundles)
        {
            sink.File(PublishedBundles.PathOf(published.Bundle.Code, ".json"), Document(context, published, options));
        }
    }

    private static byte[] Document(ChannelContext context, PublishedBundle published, JsonWriterOptions options)
    {
        var index = context.Index;
        var bundle = published.Bundle;
        string RegionName(string code) => index.Regions.TryGetValue(code, out var r) ? r.Name : code;
        string AgencyName(string code) => index.Agencies.TryGetValue(code, out var a) ? a.Name : code;
        var lead = published.Members.FirstOrDefault(m => m.Agency == bundle.LeadAgency) ?? published.Members[0];
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartObject();
            w.WriteString("code", bundle.Code);
            w.WriteString("name", bundle.Name);
            w.WriteString("region", bundle.Region);
            w.WriteString("regionName", RegionName(bundle.Region));
            if (bundle.LeadAgency is { } leadAgency)
            {
                w.WriteString("leadAgency", leadAgency);
                w.WriteString("leadAgencyName", AgencyName(leadAgency));
            }
            Limit(w, "promisedLimit", bundle.PromisedLimit);
            if (bundle.Visits is { } visits) w.WriteNumber("visits", visits);
            if (bundle.Consultation is { } c)
            {
                w.WriteStartObject("consultation");
                w.WriteString("phone", c.Phone);
                if (c.Email is not null) w.WriteString("email", c.Email);
                w.WriteEndObject();
            }
            // Where to apply: the guide of the lead department's member (its window's address and hours).
            w.WriteString("apply", $"items/{lead.Code}.json");
            w.WriteStartArray("members");
            foreach (var m in published.Members)
            {
                w.WriteStartObject();
                w.WriteString("code", m.Code);
                w.WriteString("name", m.Name);
                w.WriteString("agency", m.Agency);
                w.WriteString("agencyName", AgencyName(m.Agency));
                w.WriteString("type", m.Type);
                w.WriteString("path", $"items/{m.Code}.json");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("materials");
            foreach (var material in bundle.Materials)
            {
                w.WriteStartObject();
                w.WriteString("name", material.Name);
                if (material.Form is not null) w.WriteString("form", material.Form);
                if (material.Copies is { } copies) w.WriteNumber("copies", copies);
                w.WriteBoolean("required", material.Required != false);
                if (material.Exempt == true) w.WriteBoolean("exempt", true);
                if (material.Commitment == true) w.WriteBoolean("commitment", true);
                if (material.FillNotes is not null) w.WriteString("fillNotes", material.FillNotes);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void Limit(Utf8JsonWriter w, string name, TimeLimit? limit)
    {
        if (limit is null) return;
        w.WriteStartObject(name);
        w.WriteNumber("days", limit.Days);
        w.WriteString("unit", limit.Unit);
        w.WriteEndObject();
    }
}
