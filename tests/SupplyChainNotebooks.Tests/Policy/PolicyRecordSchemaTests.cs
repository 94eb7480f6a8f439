using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SupplyChainNotebooks.Policy;
using Xunit;

namespace SupplyChainNotebooks.Tests.Policy;

/// <summary>Every record of data/policy validates, checked through the loader and again on the raw JSON.</summary>
public class PolicyRecordSchemaTests
{
    private static readonly PolicyRecordSet Records = PolicyRecordLoader.LoadDefault();

    private static IEnumerable<(string File, JsonObject Record)> RawRecords() =>
        Directory.GetFiles(PolicyRecordLoader.DefaultFolder, "*.json")
            .SelectMany(f => JsonNode.Parse(File.ReadAllText(f))!.AsArray().OfType<JsonObject>().Select(o => (Path.GetFileName(f), o)));

    [Fact]
    public void Loader_reads_every_raw_record_once()
    {
        var raw = RawRecords().Select(t => (string)t.Record["id"]!).ToArray();
        Assert.Equal(raw.Length, Records.Count);
        Assert.Equal(raw.Order(StringComparer.Ordinal), Records.Records.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.True(Records.Count >= 30, $"expected at least 30 records, found {Records.Count}");
    }

    [Fact]
    public void Every_raw_date_is_iso_at_a_stated_precision()
    {
        var iso = new Regex(@"^\d{4}(-\d{2}(-\d{2})?)?$");
        var dates = RawRecords().SelectMany(t => t.Record.DescendantsNamed("date").Select(d => ((string)d!, t.Record["id"]!.ToString()))).ToArray();
        Assert.NotEmpty(dates);
        foreach (var (d, id) in dates)
        {
            Assert.Matches(iso, d);
            Assert.True(PartialDate.TryParse(d, out var parsed), $"{id}: {d}");
            Assert.Equal(d, parsed.ToString());
        }
    }

    [Fact]
    public void Every_url_is_absolute_https_or_http_and_every_record_has_one()
    {
        foreach (var (file, rec) in RawRecords())
        {
            var urls = rec.DescendantsNamed("url").Select(u => (string)u!).Concat(rec.DescendantsNamed("sources").SelectMany(s => s!.AsArray()).OfType<JsonValue>().Select(v => (string)v!)).ToArray();
            Assert.True(urls.Length > 0, $"{file} {rec["id"]}: no URL");
            foreach (var u in urls)
                Assert.True(Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http", $"{file} {rec["id"]}: {u}");
        }
    }

    [Fact]
    public void Every_money_amount_has_a_currency_and_scale()
    {
        var money = Records.Records.SelectMany(r => r.Quantities.Where(q => q.Kind == "money").Select(q => (r.Id, q))).ToArray();
        Assert.NotEmpty(money);
        foreach (var (id, q) in money)
        {
            Assert.True(PolicyVocabulary.Currencies.Contains(q.Currency!), q.Currency);
            Assert.True(PolicyVocabulary.Scales.Contains(q.Scale!), q.Scale);
            Assert.True(q.AmountInCurrencyUnits > 0, id);
        }
    }

    [Fact]
    public void Kinds_jurisdictions_and_confidences_are_from_the_vocabulary()
    {
        foreach (var r in Records.Records)
        {
            Assert.True(PolicyVocabulary.Kinds.Contains(r.Kind!), r.Kind);
            Assert.True(PolicyVocabulary.Jurisdictions.Contains(r.Jurisdiction!), r.Jurisdiction);
            Assert.True(PolicyVocabulary.Confidences.Contains(r.Confidence!), r.Confidence);
            Assert.All(r.Facets.Keys, k => Assert.True(PolicyVocabulary.FacetDimensions.Contains(k), k));
            Assert.True(r.Milestones.SequenceEqual(r.Milestones.OrderBy(m => m.Date)), $"{r.Id}: milestones not in date order");
        }
    }

    [Fact]
    public void Required_instruments_are_present()
    {
        string[] required =
        [
            "jp-law-espa", "jp-cab-basic-guideline", "jp-des-2022-critical-products", "jp-des-2024-electronic-components",
            "jp-des-2025-four-products", "jp-bud-fy2022-supplementary", "jp-ec-2019-three-items", "jp-ec-2019-whitelist",
            "jp-ec-2023-chip-equipment", "intl-ipef-supply-chain", "intl-msp", "intl-us-jpn-critical-minerals-2023",
            "kr-law-supply-chain-framework", "kr-law-mpe-2019", "kr-law-mpe-2023-amendment", "kr-law-resource-security",
            "kr-ews", "kr-des-economic-security-items", "kr-fund-supply-chain", "kr-strat-critical-minerals",
        ];
        foreach (var id in required) Assert.NotNull(Records.Find(id));
        Assert.True(Records.OfKind("statement").Count(r => r.Involves("JPN")) >= 5);
    }

    [Fact]
    public void Designations_reference_critical_products_by_the_shared_id_scheme()
    {
        var refs = Records.OfKind("designation").Where(r => r.Jurisdiction == "JPN").SelectMany(r => r.ItemRefs).Distinct().Order().ToArray();
        // 11 (2022) + electronic components (2024) + four announced in 2025 = jp-spec-01 .. jp-spec-16, no gaps.
        Assert.Equal(Enumerable.Range(1, 16).Select(i => $"jp-spec-{i:D2}"), refs);
        // The count of referenced new items equals the change in the recorded totals: 11 → 12 → 16.
        var totals = Records.OfKind("designation").Where(r => r.Jurisdiction == "JPN").OrderBy(r => r.FirstDate)
            .Select(r => r.QuantitiesWithRole("total").Single().Value).ToArray();
        Assert.Equal([11.0, 12.0, 16.0], totals);
        Assert.Equal(11, Records.Get("jp-des-2022-critical-products").ItemRefs.Length);
        Assert.Equal(4, Records.Get("jp-des-2025-four-products").ItemRefs.Length);
    }

    [Fact]
    public void Key_facts_match_the_methodology()
    {
        var act = Records.Get("kr-law-supply-chain-framework");
        Assert.Equal("2023-12-08", act.Milestone("passed")!.Date.ToString());
        Assert.Equal("2023-12-26", act.Milestone("promulgated")!.Date.ToString());
        Assert.Equal("2024-06-27", act.Milestone("in-force")!.Date.ToString());
        var ews = Records.Get("kr-ews");
        Assert.Equal(4000, ews.QuantitiesWithRole("total").Single().Value);
        var threshold = ews.QuantitiesWithRole("threshold").Single();
        Assert.Equal((0.5, ">="), (threshold.Value, threshold.Relation));
        Assert.Equal(5e12, Records.Get("kr-fund-supply-chain").QuantitiesWithRole("total").Single().AmountInCurrencyUnits);
        var minerals = Records.Get("kr-strat-critical-minerals").Quantities.Where(q => q.Unit == "minerals").Select(q => q.Value).ToArray();
        Assert.Equal([33.0, 10.0], minerals);
        var budget = Records.Get("jp-bud-fy2022-supplementary");
        Assert.Equal(1035.8e9, budget.QuantitiesWithRole("total").First().AmountInCurrencyUnits!.Value, 1e-3);
        Assert.Equal(958.2e9, budget.QuantitiesWithRole("component").Single().AmountInCurrencyUnits!.Value, 1e-3);
        Assert.Equal("2022-09-30", Records.Get("jp-cab-basic-guideline").FirstDate.ToString());
    }

    [Fact]
    public void Breakdowns_add_up_to_their_totals()
    {
        var r = Records.Get("kr-des-2022-mpe-technologies");
        var parts = r.QuantitiesWithRole("component").Sum(q => q.Value);
        Assert.Equal(r.QuantitiesWithRole("total").Single().Value, parts);
        var budget = Records.Get("jp-bud-fy2022-supplementary");
        Assert.True(budget.QuantitiesWithRole("component").Sum(q => q.Value) <= budget.Quantities.First(q => q.Role == "total").Value);
    }

    [Fact]
    public void Unverified_steps_never_claim_day_precision_unless_sourced()
    {
        foreach (var r in Records.Records)
            foreach (var m in r.Milestones.Where(m => m.Verify))
                Assert.NotEqual(DatePrecision.Day, m.Date.Precision);
    }
}

internal static class JsonNodeSearch
{
    public static IEnumerable<JsonNode?> DescendantsNamed(this JsonNode node, string name)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o)
                {
                    if (k == name) yield return v;
                    if (v is not null) foreach (var d in v.DescendantsNamed(name)) yield return d;
                }
                break;
            case JsonArray a:
                foreach (var v in a)
                    if (v is not null) foreach (var d in v.DescendantsNamed(name)) yield return d;
                break;
        }
    }
}
