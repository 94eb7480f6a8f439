using System.Text.Json;
using SupplyChainNotebooks.Cli;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Tests.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Cli;

/// <summary>The CLI sets the process-wide data folder (--data): these tests run alone, not in parallel with others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliDataFolderCollection
{
    /// <summary>Collection name.</summary>
    public const string Name = "cli-data-folder";
}

/// <summary>The <c>scn items</c> commands: the JSON field contract of the issue, "no data" output and one-line errors.</summary>
[Collection(CliDataFolderCollection.Name)]
public sealed class ItemsCommandTests
{
    private static readonly string[] Contract =
        ["reporter", "item", "year", "importsUsd", "top1Partner", "top1Share", "chinaShare", "hhi", "importExportRatio", "worldExportShare", "rca", "class"];

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        try
        {
            return (CliApp.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            DataFolder.OptionOverride = null;
        }
    }

    private static JsonElement[] Json(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();

    [Fact]
    public void IndicatorsJsonHasTheContractFieldsWithHandComputedValues()
    {
        var data = TradeFixtures.DataFolderWith(officialBaci: false);
        var (code, output, err) = Run("items", "indicators", "--reporter", "KOR", "--item", "permanent-magnets", "--year", "2024", "--format", "json", "--data", data);
        Assert.True(code == 0, err);
        var row = Assert.Single(Json(output));
        Assert.Equal(Contract, row.EnumerateObject().Select(p => p.Name).Take(Contract.Length));
        Assert.Equal("KOR", row.GetProperty("reporter").GetString());
        Assert.Equal("permanent-magnets", row.GetProperty("item").GetString());
        Assert.Equal(2024, row.GetProperty("year").GetInt32());
        Assert.Equal(100_000.0, row.GetProperty("importsUsd").GetDouble(), 6);
        Assert.Equal("CHN", row.GetProperty("top1Partner").GetString());
        Assert.Equal(0.8, row.GetProperty("chinaShare").GetDouble(), 12);
        Assert.Equal(0.665, row.GetProperty("hhi").GetDouble(), 12);
        Assert.Equal(5.0, row.GetProperty("importExportRatio").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("rca").ValueKind);
        Assert.Equal("defensive", row.GetProperty("class").GetString());
        Assert.True(row.GetProperty("defensivePersistent").GetBoolean()); // fixture top flows: D in 2022 and 2024
    }

    [Fact]
    public void OfficialBaciGivesRcaAndTheRcaPathOfTheRule()
    {
        var data = TradeFixtures.DataFolderWith(officialBaci: true);
        var (code, output, err) = Run("items", "indicators", "--reporter", "KOR", "--item", "permanent-magnets", "--format", "json", "--data", data);
        Assert.True(code == 0, err);
        var row = Assert.Single(Json(output));
        Assert.Equal(1515.0 / 350.0, row.GetProperty("rca").GetDouble(), 12);
        Assert.Equal("both", row.GetProperty("class").GetString());
        Assert.Equal("baci-hs17", row.GetProperty("source").GetString());
    }

    [Fact]
    public void UncoveredItemPrintsNoDataWithNullsAndTheReason()
    {
        var data = TradeFixtures.DataFolderWith(officialBaci: false);
        var (code, output, _) = Run("items", "indicators", "--reporter", "KOR", "--item", "li-ion-cells", "--format", "json", "--data", data);
        Assert.Equal(0, code);
        var row = Assert.Single(Json(output));
        Assert.Equal("no data", row.GetProperty("class").GetString());
        foreach (var f in new[] { "importsUsd", "top1Share", "chinaShare", "hhi", "importExportRatio", "worldExportShare", "rca" })
            Assert.Equal(JsonValueKind.Null, row.GetProperty(f).ValueKind);
        Assert.Contains("850760", row.GetProperty("reason").GetString());
        Assert.Contains("BACI", row.GetProperty("howToFill").GetString());
    }

    [Fact]
    public void JapanCustomsRowIsAddedInYenForItemsWithACustomsGroup()
    {
        var data = TradeFixtures.DataFolderWith(officialBaci: false);
        var (code, output, err) = Run("items", "indicators", "--reporter", "JPN", "--item", "integrated-circuits", "--year", "2023", "--format", "json", "--data", data);
        Assert.True(code == 0, err);
        var rows = Json(output);
        Assert.Equal(2, rows.Length);
        Assert.Equal("no data", rows[0].GetProperty("class").GetString());     // top flows hold no 8542
        Assert.Equal("japan-customs", rows[1].GetProperty("source").GetString());
        Assert.Equal("JPY", rows[1].GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("importsUsd").ValueKind);
        Assert.Equal(100e9, rows[1].GetProperty("imports").GetDouble());
        Assert.Equal(0.62, rows[1].GetProperty("top1Share").GetDouble(), 12);
    }

    [Fact]
    public void ListShowsItemsWithExtractCoverageAndTheSixteenProducts()
    {
        var data = TradeFixtures.DataFolderWith(officialBaci: false);
        var (code, output, _) = Run("items", "list", "--format", "json", "--data", data);
        Assert.Equal(0, code);
        var rows = Json(output);
        Assert.Equal("yes", rows.Single(r => r.GetProperty("id").GetString() == "permanent-magnets").GetProperty("extract").GetString());
        Assert.Equal("no", rows.Single(r => r.GetProperty("id").GetString() == "semiconductors").GetProperty("extract").GetString());
        var (code2, products, _) = Run("items", "list", "--products", "--format", "json");
        Assert.Equal(0, code2);
        Assert.Equal(16, Json(products).Length);
    }

    [Fact]
    public void ClassifyListsEveryItemWithItsVerdict()
    {
        var data = TradeFixtures.DataFolderWith(officialBaci: false);
        var (code, output, err) = Run("items", "classify", "--reporter", "JPN", "--year", "2024", "--format", "json", "--data", data);
        Assert.True(code == 0, err);
        var magnets = Json(output).Single(r => r.GetProperty("item").GetString() == "permanent-magnets");
        Assert.Equal("defensive", magnets.GetProperty("prior").GetString());
        Assert.True(magnets.GetProperty("agrees").GetBoolean());
        // A stricter top-1 threshold and HHI threshold turn the verdict around (thresholds are options).
        var (_, strict, _) = Run("items", "classify", "--reporter", "JPN", "--year", "2024", "--format", "json", "--data", data, "--top1-min", "0.6", "--hhi-min", "0.5", "--ratio-above", "2");
        Assert.False(Json(strict).Single(r => r.GetProperty("item").GetString() == "permanent-magnets").GetProperty("agrees").GetBoolean());
    }

    [Theory]
    [InlineData("unknown item 'permanent-magnet'", "items", "indicators", "--reporter", "KOR", "--item", "permanent-magnet")]
    [InlineData("unknown trade source", "items", "indicators", "--reporter", "KOR", "--item", "tungsten", "--source", "comtrade")]
    [InlineData("option '--reporter' is required", "items", "indicators", "--item", "tungsten")]
    public void BadInputPrintsOneLineAndExitsTwo(string message, params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains(message, err);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [SkippableFact]
    public void RealDataKoreaMagnets()
    {
        TradeMirror.Require("baci_critical_materials/baci_hs17_v202601_critical30_2024_full.csv");
        var (code, output, err) = Run("items", "indicators", "--reporter", "KOR", "--item", "permanent-magnets", "--year", "2024", "--format", "json");
        Assert.True(code == 0, err);
        var row = Assert.Single(Json(output));
        Assert.Equal(0.874, row.GetProperty("chinaShare").GetDouble(), 0.001);
        Assert.Equal(0.776, row.GetProperty("hhi").GetDouble(), 0.001);
    }
}
