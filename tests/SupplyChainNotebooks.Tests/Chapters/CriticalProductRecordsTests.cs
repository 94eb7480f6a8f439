using System.Text.Json.Nodes;
using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Tests.Trade;
using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters;

/// <summary>Schema of the project's records of Japan's specified critical products and of the trade-item list.</summary>
public sealed class CriticalProductRecordsTests
{
    private static string RecordsFile => RepositoryLayout.ProjectData("critical_products", "japan_specified_critical_products.json");

    [Fact]
    public void ProjectRecordsPassTheSchema()
    {
        var r = SpecifiedProductRecords.Default;
        Assert.Equal(16, r.Products.Count);
        Assert.All(r.Products, p => Assert.StartsWith("https://", p.SourceUrl));
        Assert.Contains("HS2017", r.HsEdition);
        Assert.StartsWith("https://", r.Process.SourceUrl);
    }

    [Fact]
    public void DesignationsMatchTheSourcedTimeline()
    {
        var r = SpecifiedProductRecords.Default;
        Assert.Equal(Enumerable.Range(1, 11), r.Products.Where(p => p.DesignationDate == "2022-12-20").Select(p => p.Number));
        Assert.StartsWith("2024", r.ByNumber(12).DesignationDate);
        Assert.Equal("advanced-electronic-components", r.ByNumber(12).Id);
        Assert.Equal([13, 14, 15, 16], r.Products.Where(p => p.DesignationDate == "2025-12-19").Select(p => p.Number));
        Assert.All(r.Products.Where(p => p.Number >= 13), p => Assert.Equal("announced", p.Status));
        Assert.Equal(1035.8, r.Budgets.Single(b => b.Id == "fy2022-supplementary-total").AmountJpyBillion);
        Assert.Equal(958.2, r.Budgets.Single(b => b.Ministry == "METI").AmountJpyBillion);
        Assert.Equal([4, 5, 6, 12], r.Products.Where(p => p.PriorGroup == PriorGroup.Offensive).Select(p => p.Number));
        Assert.All(r.Products.Where(p => p.Number <= 12), p => Assert.NotNull(p.PriorGroup));
        Assert.All(r.Products.Where(p => p.Number >= 13), p => Assert.Null(p.PriorGroup));
        Assert.All(r.Products.Where(p => p.Confidence != "high"), p => Assert.NotEmpty(p.Verify));
    }

    [Theory]
    [InlineData("sourceUrl", "\"http://example.org\"", "sourceUrl must be an https URL")]
    [InlineData("designationDate", "\"20/12/2022\"", "is not YYYY-MM-DD")]
    [InlineData("ministry", "\"MOFA\"", "ministry must be one of")]
    [InlineData("ministry", "null", "ministry must be one of")]
    [InlineData("confidence", "\"medium\"", "needs at least one 'verify' note")]
    [InlineData("hsCodes", "[\"850511\"]", "hsCodes differ from the union")]
    [InlineData("tradeItems", "[\"magnets\"]", "unknown trade item 'magnets'")]
    [InlineData("status", "\"planned\"", "status must be designated or announced")]
    public void ViolationsAreReportedWithTheRecord(string field, string json, string problem)
    {
        var doc = JsonNode.Parse(File.ReadAllText(RecordsFile))!;
        doc["products"]![2]![field] = JsonNode.Parse(json);              // product 3, permanent magnets
        if (field == "confidence") doc["products"]![2]!["verify"] = new JsonArray();
        var path = TradeReaderTests.Temp(doc.ToJsonString());
        var e = Assert.Throws<DataFormatException>(() => SpecifiedProductRecords.Load(path));
        Assert.Contains("product 3 (permanent-magnets)", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void MissingRequiredFieldAndDuplicateNumberAreRejected()
    {
        var doc = JsonNode.Parse(File.ReadAllText(RecordsFile))!;
        doc["products"]![0]!.AsObject().Remove("sourceUrl");
        Assert.Throws<DataFormatException>(() => SpecifiedProductRecords.Load(TradeReaderTests.Temp(doc.ToJsonString())));
        doc = JsonNode.Parse(File.ReadAllText(RecordsFile))!;
        doc["products"]![1]!["number"] = 1;
        Assert.Contains("numbers must run", Assert.Throws<DataFormatException>(() => SpecifiedProductRecords.Load(TradeReaderTests.Temp(doc.ToJsonString()))).Message);
    }

    [Fact]
    public void TradeItemsAreWellFormedAndLinkedBothWays()
    {
        var items = TradeItemCatalog.Default;
        var records = SpecifiedProductRecords.Default;
        foreach (var item in items.Items)
            foreach (var n in item.SpecifiedProducts)
                Assert.Contains(item.Id, records.ByNumber(n).TradeItems);
        // The uncovered items exist with their codes.
        Assert.Equal(["850511"], items.Get("permanent-magnets").Hs6);
        Assert.Equal(["850760"], items.Get("li-ion-cells").Hs6);
        Assert.Contains("854231", items.Get("semiconductors").Hs6);
        Assert.Contains("854110", items.Get("semiconductors").Hs6);
        Assert.All(items.Get("antibiotics").Hs6, c => Assert.StartsWith("2941", c));
        Assert.Throws<UnknownLabelException>(() => items.Get("permanent-magnet"));
    }

    [SkippableFact]
    public void EveryHsCodeExistsInTheHs2017Nomenclature()
    {
        var names = TradeMirror.Require("concordance/hs2017_descriptions_H5.csv");
        var codes = File.ReadLines(names).Skip(1).Select(l => l.Split(',')[0].Trim('"')).Where(c => c.Length == 6).ToHashSet();
        Assert.True(codes.Count > 5000);
        foreach (var item in TradeItemCatalog.Default.Items)
            foreach (var c in item.Hs6)
                Assert.True(codes.Contains(c), $"{item.Id}: {c} is not an HS2017 subheading");
    }

    [Fact]
    public void RecordsBecomeFramesWithMissingValuesForNulls()
    {
        var r = SpecifiedProductRecords.Default;
        var frame = r.Products.ToFrame();
        Assert.Equal(16, frame.RowCount);
        Assert.False(frame.GetColumn<string>("ministry").TryGet(12).HasValue); // product 13: ministry not settled → missing
        Assert.Equal(2, r.Budgets.ToFrame().RowCount);
    }
}
