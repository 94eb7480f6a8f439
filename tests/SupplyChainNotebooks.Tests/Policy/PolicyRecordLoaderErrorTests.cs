using System.Text.Json.Nodes;
using SupplyChainNotebooks.Errors;
using Xunit;

namespace SupplyChainNotebooks.Tests.Policy;

/// <summary>Broken records are rejected with a message naming the file, the line and the record.</summary>
public class PolicyRecordLoaderErrorTests
{
    private static DataFormatException Broken(string id, Action<JsonObject> edit, out PolicyRecordCopy copy)
    {
        copy = new PolicyRecordCopy();
        copy.Edit(id, edit);
        var c = copy;
        return Assert.Throws<DataFormatException>(() => c.Load());
    }

    [Theory]
    [InlineData("date", "2023-13-01", "not an ISO date")]
    [InlineData("date", "27 June 2024", "not an ISO date")]
    [InlineData("event", "enacted", "not a known value")]
    public void Bad_milestone_is_reported_with_file_line_and_record(string field, string value, string expected)
    {
        var e = Broken("kr-law-supply-chain-framework", r => r["milestones"]![0]![field] = value, out var copy);
        using (copy)
        {
            Assert.Contains("korea.json:", e.Message);
            Assert.Contains("record 'kr-law-supply-chain-framework'", e.Message);
            Assert.Contains($"milestones[0].{field}", e.Message);
            Assert.Contains(expected, e.Message);
            Assert.NotNull(e.Line);
            var lines = File.ReadAllLines(copy.PathOf("korea.json"));
            Assert.Contains("\"kr-law-supply-chain-framework\"", lines[(int)e.Line!.Value - 1]);
        }
    }

    [Fact]
    public void Unknown_kind_lists_the_known_ones()
    {
        var e = Broken("jp-law-espa", r => r["kind"] = "treaty", out var copy);
        using (copy)
        {
            Assert.Contains("japan.json:", e.Message);
            Assert.Contains("record 'jp-law-espa', field 'kind'", e.Message);
            Assert.Contains("export-control", e.Message);
        }
    }

    [Fact]
    public void Unknown_jurisdiction_is_rejected()
    {
        var e = Broken("intl-msp", r => r["jurisdiction"] = "US-JPN", out var copy);
        using (copy) Assert.Contains("record 'intl-msp', field 'jurisdiction'", e.Message);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/x")]
    [InlineData("https://")]
    public void Malformed_url_is_rejected(string url)
    {
        var e = Broken("kr-ews", r => r["sources"]![0]!["url"] = url, out var copy);
        using (copy)
        {
            Assert.Contains("record 'kr-ews', field 'sources[0].url'", e.Message);
            Assert.Contains("well-formed", e.Message);
        }
    }

    [Fact]
    public void Money_without_currency_is_rejected()
    {
        var e = Broken("kr-fund-supply-chain", r => r["quantities"]![0]!.AsObject().Remove("currency"), out var copy);
        using (copy) Assert.Contains("record 'kr-fund-supply-chain', field 'quantities[0].currency'", e.Message);
    }

    [Fact]
    public void Share_outside_zero_one_is_rejected()
    {
        var e = Broken("kr-ews", r => r["quantities"]![1]!["value"] = 50, out var copy);
        using (copy) Assert.Contains("a share is a fraction in [0, 1]", e.Message);
    }

    [Fact]
    public void Misspelt_field_is_rejected()
    {
        var e = Broken("jp-ec-2023-chip-equipment", r => r["sumary"] = "typo", out var copy);
        using (copy) Assert.Contains("field 'sumary': unknown field", e.Message);
    }

    [Fact]
    public void Missing_source_is_rejected()
    {
        var e = Broken("jp-ec-2023-chip-equipment", r => r["sources"] = new JsonArray(), out var copy);
        using (copy) Assert.Contains("field 'sources': needs at least 1 entry", e.Message);
    }

    [Fact]
    public void Dangling_basis_names_nearby_ids()
    {
        var e = Broken("kr-ews", r => r["basis"]![0] = "kr-law-supply-chain-framwork", out var copy);
        using (copy)
        {
            Assert.Contains("record 'kr-ews', field 'basis': no record 'kr-law-supply-chain-framwork'", e.Message);
            Assert.Contains("kr-law-supply-chain-framework", e.Message);
        }
    }

    [Fact]
    public void Duplicate_id_across_files_names_both_places()
    {
        using var copy = new PolicyRecordCopy();
        copy.Edit("st-2025-jpn-kor-minerals", r => r["id"] = "kr-ews");
        var e = Assert.Throws<DataFormatException>(() => copy.Load());
        Assert.Contains("statements.json", e.Message);
        Assert.Contains("already used at", e.Message);
        Assert.Contains("korea.json", e.Message);
    }

    [Fact]
    public void Malformed_json_gives_the_line()
    {
        using var copy = new PolicyRecordCopy();
        File.WriteAllText(copy.PathOf("zz-broken.json"), "[\n  { \"id\": \"x-y\",\n    \"title\": oops }\n]");
        var e = Assert.Throws<DataFormatException>(() => copy.Load());
        Assert.Contains("zz-broken.json:3", e.Message);
        Assert.Contains("malformed JSON", e.Message);
    }

    [Fact]
    public void Bad_item_reference_is_rejected()
    {
        var e = Broken("jp-des-2025-four-products", r => r["itemRefs"]![0] = "jp-spec-13a", out var copy);
        using (copy) Assert.Contains("jp-spec-NN", e.Message);
    }
}
