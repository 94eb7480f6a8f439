using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Trade;

/// <summary>The five trade layouts read into one tidy flow record, each with its units; malformed input gives typed errors naming file and line.</summary>
public sealed class TradeReaderTests
{
    [Fact]
    public void ThousandUsdExtractIsReadInUsdWithTonnesAndTaiwanNormalised()
    {
        var set = BaciExtractKusdReader.Read(TradeFixtures.File("baci_extract_kusd_2024.csv"), "fixture", TradeFixtures.Codes);
        Assert.Equal(11, set.Flows.Count);
        Assert.Equal(TradeValueUnit.Usd, set.Unit);
        var f = set.Flows.Single(x => x.Exporter == "CHN" && x.Importer == "KOR" && x.Product == "850511");
        Assert.Equal(80_000.0, f.Value);                        // 80 thousand USD
        Assert.Equal(4.0, f.QuantityTonnes);
        Assert.Equal("magnets", f.Material);
        Assert.Equal(TradeLayout.BaciExtractKusd, f.Layout);
        Assert.Null(set.Flows.Single(x => x.Exporter == "JPN" && x.Importer == "KOR").QuantityTonnes); // empty cell → null, not 0
        Assert.Contains(set.Flows, x => x.Exporter == CountryCodes.Taiwan && x.Importer == "JPN" && x.Value == 10_000.0); // S19 → TWN
        Assert.DoesNotContain(set.Flows, x => x.Exporter == "S19");
        Assert.Equal("HS2017", set.HsEditionFor(2024));
    }

    [Fact]
    public void UsdExtractIsReadAsWrittenWithoutQuantity()
    {
        var set = BaciExtractUsdReader.Read(TradeFixtures.File("baci_extract_usd_2022.csv"), "fixture", TradeFixtures.Codes);
        Assert.Equal(11, set.Flows.Count);
        Assert.All(set.Flows, f => Assert.Null(f.QuantityTonnes));
        Assert.Equal(80_000.0, set.Flows.Single(x => x.Exporter == "CHN" && x.Importer == "KOR" && x.Product == "850511").Value);
        Assert.Equal(TradeLayout.BaciExtractUsd, set.Layout);
    }

    [Fact]
    public void ExtractLayoutsGiveTheSameFlowsForTheSameTrade()
    {
        // The same trade written in thousand USD (2024 layout) and in USD (2022 layout): identical values after reading.
        var kusd = BaciExtractKusdReader.Read(TradeFixtures.File("baci_extract_kusd_2024.csv"), "fixture", TradeFixtures.Codes);
        var usd = BaciExtractUsdReader.Read(TradeFixtures.File("baci_extract_usd_2022.csv"), "fixture", TradeFixtures.Codes);
        var a = kusd.Flows.ToDictionary(f => (f.Exporter, f.Importer, f.Product), f => f.Value);
        var b = usd.Flows.ToDictionary(f => (f.Exporter, f.Importer, f.Product), f => f.Value);
        Assert.Equal(a.Count, b.Count);
        foreach (var (key, value) in a) Assert.Equal(value, b[key], 9);
    }

    [Fact]
    public void OfficialBaciResolvesNumericCodesPadsHsCodesAndSumsEveryExportersTotal()
    {
        var set = BaciCsvReader.Read(TradeFixtures.File("BACI_HS17_Y2024_V202601.csv"), TradeFixtures.Codes, new HashSet<string> { "850511", "811292", "010121" }, "fixture");
        Assert.Equal(12, set.Flows.Count);                     // 9 magnets + 2 Ga/Ge + 1 horses; coal filtered out
        Assert.Contains(set.Flows, f => f.Product == "010121" && f.Exporter == "USA" && f.Importer == "KOR" && f.Value == 5_000.0); // k=10121 → 010121
        Assert.Null(set.Flows.Single(f => f.Exporter == "JPN" && f.Importer == "KOR").QuantityTonnes); // padded NA → null
        Assert.Equal(0.03, set.Flows.Single(f => f.Exporter == "CHN" && f.Importer == "KOR" && f.Product == "811292").QuantityTonnes!.Value, 12);
        var totals = set.TotalExportsAllProducts!;
        // Totals include the filtered-out coal: CHN 80+30+100+9+50, JPN 5+50+100, AUS 1000 (thousand USD).
        Assert.Equal(269_000.0, totals[(2024, "CHN")]);
        Assert.Equal(155_000.0, totals[(2024, "JPN")]);
        Assert.Equal(1_000_000.0, totals[(2024, "AUS")]);
        Assert.Equal(10_000.0, totals[(2024, "TWN")]);
        Assert.Equal(1_515_000.0, set.WorldTotalExports(2024));
        Assert.Equal("HS2017", set.HsEditionFor(2024));
    }

    [Fact]
    public void TopFlowsMapIso2ReadSharedHsCodeOnceAndFlagTruncation()
    {
        var set = AtlasTopFlowsReader.Read(TradeFixtures.File("atlas_topflows.csv"), TradeFixtures.Codes, null, "fixture");
        Assert.True(set.Truncated);
        var gaGe = set.Flows.Where(f => f.Product == "811292").ToArray();
        Assert.Equal(2, gaGe.Length);                          // six rows (gallium, germanium, hafnium × 2 partners) → two flows
        Assert.Equal(10.0, gaGe.Sum(f => f.Value));            // never 30
        Assert.All(gaGe, f => Assert.Equal("gallium+germanium+hafnium", f.Material));
        Assert.Contains(set.Flows, f => f.Year == 2024 && f.Exporter == CountryCodes.Taiwan && f.Importer == "KOR"); // TW → TWN
        Assert.Contains(set.Flows, f => f.Exporter == "NAM" && f.Importer == "JPN");                              // NA = Namibia
        Assert.Contains(set.Flows, f => f.Year == 2003 && f.Exporter == "SCG");                                     // CS in 2003 = Serbia and Montenegro
        Assert.Equal("HS2002", set.HsEditionFor(2003));
        Assert.Equal("HS2017", set.HsEditionFor(2023));
    }

    [Fact]
    public void TopFlowsRejectBundledMaterialsThatDisagree()
    {
        var path = Temp("year,material,exporter_iso2,importer_iso2,value_usd\n2024,gallium,CN,KR,9\n2024,germanium,CN,KR,8\n");
        var e = Assert.Throws<DataFormatException>(() => AtlasTopFlowsReader.Read(path, TradeFixtures.Codes));
        Assert.Equal(3, e.Line);
        Assert.Contains("share HS 811292", e.Message);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void JapanCustomsKeepYenSkipTheEuAggregateAndKeepGrandTotals()
    {
        var set = JapanCustomsReader.Read(TradeFixtures.File("japan_customs.csv"), null, "fixture");
        Assert.Equal(TradeValueUnit.Jpy, set.Unit);
        Assert.Equal(ProductScheme.JapanCustomsGroup, set.Scheme);
        Assert.False(set.CoversAllExporters);
        Assert.Equal("JPN", set.Reporter);
        var tw = set.Flows.Single(f => f.Exporter == "TWN" && f.Product == "(Ic)");
        Assert.Equal(62e9, tw.Value);                          // 62 billion JPY
        Assert.Null(tw.ValueUsd);
        Assert.Equal("JPN", tw.Importer);
        Assert.Equal(6, set.Flows.Count);                      // 4 import partners + 2 export partners; EU and Grand Total are not flows
        Assert.Equal(100e9, set.ReportedImportTotals[(2023, "JPN", "(Ic)")]);
        Assert.Equal(50e9, set.ReportedExportTotals[(2023, "JPN", "(Ic)")]);
        Assert.Contains(set.Notes, n => n.Contains("EU"));
    }

    [Theory]
    [InlineData("baci_extract_kusd_2024.csv", "baci-extract-kusd")]
    [InlineData("baci_extract_usd_2022.csv", "baci-extract-usd")]
    [InlineData("atlas_topflows.csv", "atlas-topflows")]
    [InlineData("BACI_HS17_Y2024_V202601.csv", "baci-csv")]
    [InlineData("japan_customs.csv", "japan-customs-csv")]
    public void LayoutIsDetectedFromTheHeader(string file, string format) => Assert.Equal(format, TradeFormats.Detect(TradeFixtures.File(file)));

    [Fact]
    public void MissingColumnNamesLayoutColumnAndFile()
    {
        var path = Temp("year,exporter,importer,hs6\n2024,CHN,KOR,850511\n");
        var e = Assert.Throws<DataFormatException>(() => BaciExtractUsdReader.Read(path));
        Assert.Equal(1, e.Line);
        Assert.Equal("value_usd", e.Column);
        Assert.Contains(path, e.Message);
        Assert.Contains("BACI extract (USD)", e.Message);
    }

    [Fact]
    public void SemicolonFileIsReportedAsNotCommaSeparated()
    {
        var path = Temp("t;i;j;k;v;q\n2024;156;410;850511;80;4\n");
        var e = Assert.Throws<DataFormatException>(() => BaciCsvReader.Read(path, TradeFixtures.Codes, null));
        Assert.Contains("comma-separated", e.Message);
    }

    [Theory]
    [InlineData("2024,CHN,KOR,850511,abc\n", "value_usd", "non-numeric")]
    [InlineData("2024,CHN,KOR,850511,-5\n", "value_usd", "negative")]
    [InlineData("2024,CHN,KOR,85051A,5\n", "hs6", "HS6")]
    [InlineData("20x4,CHN,KOR,850511,5\n", "year", "not a year")]
    [InlineData("2024,CHN,KOR,850511,NaN\n", "value_usd", "non-finite")]
    public void MalformedCellNamesLineAndColumn(string row, string column, string problem)
    {
        var path = Temp("year,exporter,importer,hs6,value_usd\n2024,PHL,KOR,850511,1\n" + row);
        var e = Assert.Throws<DataFormatException>(() => BaciExtractUsdReader.Read(path));
        Assert.Equal(3, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void RaggedRowAndDuplicateFlowAreRejected()
    {
        var ragged = Temp("year,exporter,importer,hs6,value_usd\n2024,CHN,KOR,850511\n");
        Assert.Equal(2, Assert.Throws<DataFormatException>(() => BaciExtractUsdReader.Read(ragged)).Line);
        var dup = Temp("year,exporter,importer,hs6,value_usd\n2024,CHN,KOR,850511,1\n2024,CHN,KOR,850511,2\n");
        var e = Assert.Throws<DataFormatException>(() => BaciExtractUsdReader.Read(dup));
        Assert.Equal(3, e.Line);
        Assert.Contains("double-count", e.Message);
    }

    [Fact]
    public void UnknownCountryCodesNameFileLineAndNearbyCodes()
    {
        var numeric = Temp("t,i,j,k,v,q\n2024,156,410,850511,1,1\n2024,999,410,850511,1,1\n");
        var e1 = Assert.Throws<UnknownLabelException>(() => BaciCsvReader.Read(numeric, TradeFixtures.Codes, null));
        Assert.Contains($"{numeric}:3", e1.Message);
        Assert.Equal("999", e1.Label);

        var iso2 = Temp("year,material,exporter_iso2,importer_iso2,value_usd\n2024,magnets,CX,KR,1\n");
        var e2 = Assert.Throws<UnknownLabelException>(() => AtlasTopFlowsReader.Read(iso2, TradeFixtures.Codes));
        Assert.Contains($"{iso2}:2", e2.Message);
        Assert.Contains("CN", e2.Nearby);

        var iso3 = Temp("year,exporter,importer,hs6,value_usd\n2024,CHX,KOR,850511,1\n");
        var e3 = Assert.Throws<UnknownLabelException>(() => BaciExtractUsdReader.Read(iso3, "user", TradeFixtures.Codes));
        Assert.Contains("CHN", e3.Nearby);

        var material = Temp("year,material,exporter_iso2,importer_iso2,value_usd\n2024,magnet,CN,KR,1\n");
        var e4 = Assert.Throws<UnknownLabelException>(() => AtlasTopFlowsReader.Read(material, TradeFixtures.Codes));
        Assert.Contains("magnets", e4.Nearby);

        var area = Temp("ex_im,area,goods,year,value\nimport,Taiwn,(Ic),2023,1\n");
        var e5 = Assert.Throws<UnknownLabelException>(() => JapanCustomsReader.Read(area));
        Assert.Contains("Taiwan", e5.Nearby);
        Assert.Contains($"{area}:2", e5.Message);
    }

    [Fact]
    public void CustomsDirectionMustBeExportOrImport()
    {
        var path = Temp("ex_im,area,goods,year,value\nre-export,China,(Ic),2023,1\n");
        var e = Assert.Throws<DataFormatException>(() => JapanCustomsReader.Read(path));
        Assert.Equal("ex_im", e.Column);
    }

    [Fact]
    public void UnrecognisedHeaderListsTheLayouts()
    {
        var path = Temp("a,b,c\n1,2,3\n");
        var e = Assert.Throws<DataFormatException>(() => TradeFormats.Detect(path));
        Assert.Contains("t,i,j,k,v,q", e.Message);
    }

    internal static string Temp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"scn-trade-{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, content);
        return path;
    }
}
