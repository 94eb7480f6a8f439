using SupplyChainNotebooks.Chapters.KoreaJapan;
using SupplyChainNotebooks.Chapters.Synthesis;
using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.Synthesis;

/// <summary>The complementarity rule on constructed rows: each clause, each threshold, both directions, and no data.</summary>
public class CooperationRuleTests
{
    private static DeepDiveTradeRow Trade(string reporter, double? worldShare, double? chinaShare, double? hhi, bool? offensive = null, string item = "cobalt-oxides",
        string status = DeepDiveTradeRow.Hs6Status)
    {
        var indicators = new ItemIndicators
        {
            Reporter = reporter, Item = TradeItem.FromHs6(item, "282200"), Year = 2024, Status = IndicatorStatus.NoData, DatasetId = "fixture",
            Source = "constructed", Unit = TradeValueUnit.Usd, Scheme = ProductScheme.Hs6,
        };
        var c = ItemClassifier.Classify(indicators);
        return new DeepDiveTradeRow("critical-minerals", "jp-spec-10", item, item, reporter, 2024, status, "HS6 282200", "fixture",
            status == DeepDiveTradeRow.NoDataStatus ? null : "USD", null, chinaShare, "CHN", chinaShare, hhi, worldShare, offensive, null, "constructed",
            null, null, c);
    }

    private static DeepDiveIoRow Io(string country, double? ptf, string industry = "C24") =>
        new("semiconductors", country, "upstream", industry, $"{country}_{industry}", "fixture", 2011, "CHN", 1, 10, ptf, null, 0.05, null, null, 100, ptf is null ? "constructed gap" : null);

    [Fact]
    public void Strength_meeting_dependence_is_an_opportunity_in_that_direction_only()
    {
        // JPN exports 30 % of the world's trade in the item; 60 % of Korea's imports come from China. Korea is not strong, Japan not dependent.
        var rows = new[] { Trade("JPN", 0.30, 0.10, 0.20), Trade("KOR", 0.01, 0.60, 0.45) };
        var found = CooperationOpportunities.FromTrade(rows);
        var o = Assert.Single(found);
        Assert.Equal("JPN → KOR", o.Direction);
        Assert.Equal(0.30, o.StrengthValue);
        Assert.Equal(0.60, o.DependenceValue);
        Assert.Contains("30.0 %", o.StrengthEvidence);
        Assert.Contains("60.0 % (≥ 50 %)", o.DependenceEvidence);
    }

    [Theory]
    [InlineData(0.20, 0.50, 0.10, true)]   // both thresholds met exactly (≥)
    [InlineData(0.1999, 0.50, 0.10, false)] // strength just below
    [InlineData(0.20, 0.4999, 0.10, false)] // dependence just below, HHI low
    [InlineData(0.20, 0.10, 0.40, true)]   // dependence through the HHI clause
    public void Thresholds_are_inclusive_and_either_dependence_clause_counts(double worldShare, double chinaShare, double hhi, bool expected)
    {
        var rows = new[] { Trade("JPN", worldShare, 0.0, 0.0), Trade("KOR", 0.0, chinaShare, hhi) };
        Assert.Equal(expected, CooperationOpportunities.FromTrade(rows).Any(o => o.Direction == "JPN → KOR"));
    }

    [Fact]
    public void The_offensive_flag_counts_as_strength_only_when_the_rule_says_so()
    {
        var rows = new[] { Trade("JPN", 0.05, 0.0, 0.0, offensive: true), Trade("KOR", 0.0, 0.7, 0.5) };
        Assert.Single(CooperationOpportunities.FromTrade(rows));
        Assert.Empty(CooperationOpportunities.FromTrade(rows, CooperationRule.Default with { StrengthFromOffensiveFlag = false }));
    }

    [Fact]
    public void Changed_thresholds_change_the_result()
    {
        var rows = new[] { Trade("JPN", 0.12, 0.0, 0.0), Trade("KOR", 0.0, 0.45, 0.30) };
        Assert.Empty(CooperationOpportunities.FromTrade(rows));
        var looser = CooperationRule.Default with { StrengthWorldShareMin = 0.10, DependenceChinaShareMin = 0.40 };
        Assert.Single(CooperationOpportunities.FromTrade(rows, looser));
        Assert.Contains("≥ 0.1", looser.Describe());
    }

    [Fact]
    public void Rows_without_data_never_make_an_opportunity_and_items_are_not_mixed()
    {
        var noData = new[] { Trade("JPN", 0.5, null, null), Trade("KOR", null, null, null, status: DeepDiveTradeRow.NoDataStatus) };
        Assert.Empty(CooperationOpportunities.FromTrade(noData));
        var otherItems = new[] { Trade("JPN", 0.5, 0.0, 0.0, item: "nickel"), Trade("KOR", 0.0, 0.9, 0.9, item: "cobalt") };
        Assert.Empty(CooperationOpportunities.FromTrade(otherItems));
    }

    [Fact]
    public void Complementarity_map_has_every_ordered_pair_with_both_numbers()
    {
        var rows = new[] { Trade("JPN", 0.30, 0.10, 0.20), Trade("KOR", 0.01, 0.60, 0.45) };
        var map = CooperationOpportunities.Map(rows);
        Assert.Equal(2, map.Length);
        var jk = map.Single(p => p.Strong == "JPN");
        Assert.Equal((0.30, 0.60), (jk.WorldExportShare, jk.ChinaShare));
        Assert.True(jk.Opportunity);
        var kj = map.Single(p => p.Strong == "KOR");
        Assert.Equal((0.01, 0.10), (kj.WorldExportShare, kj.ChinaShare));
        Assert.False(kj.StrengthMet);
        Assert.False(kj.DependenceMet);
    }

    [Fact]
    public void Io_asymmetry_finds_the_more_exposed_side_by_the_ratio_of_ptfs()
    {
        var rows = new[] { Io("KOR", 0.75), Io("JPN", 0.5), Io("KOR", 0.5, "C29"), Io("JPN", 0.55, "C29"), Io("KOR", null, "C27"), Io("JPN", 0.05, "C27") };
        var o = Assert.Single(CooperationOpportunities.FromIo(rows));   // 0.75 / 0.5 = 1.5 ≥ 1.25; 0.55 / 0.5 = 1.1 < 1.25; C27 undefined (binary-exact ratios)
        Assert.Equal(("JPN", "KOR", "C24 (upstream)"), (o.Strong, o.Dependent, o.Subject));
        Assert.Contains("1.5 ×", o.DependenceEvidence);
        Assert.Single(CooperationOpportunities.FromIo(rows, CooperationRule.Default with { PtfAsymmetryMin = 1.5 }));
        Assert.Empty(CooperationOpportunities.FromIo(rows, CooperationRule.Default with { PtfAsymmetryMin = 1.51 }));
        Assert.Equal(2, CooperationOpportunities.FromIo(rows, CooperationRule.Default with { PtfAsymmetryMin = 1.05 }).Length);
    }
}
