using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Chapters.KoreaJapan;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Chapters.Synthesis;
using SupplyChainNotebooks.Policy;
using SupplyChainNotebooks.Tests.Policy;
using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.Synthesis;

/// <summary>Chapter 6 on the real data: the synthesis equals the chapter functions called directly and follows records and rules.</summary>
public class ChapterSynthesisTests
{
    private static readonly Lazy<(PtfRiskStudy Study, CriticalProductsChapter Chapter4, SectorDeepDive[] Dives)> s_setup = new(() =>
    {
        var study = new PtfRiskStudy(DataMirror.RequireTable("wiod2013", 2011));
        var ch4 = new CriticalProductsChapter();
        return (study, ch4, [.. SectorDeepDive.ComputeAll(SectorMapping.LoadDefault(), study, ch4, 2024)]);
    });

    private static (PtfRiskStudy Study, CriticalProductsChapter Chapter4, SectorDeepDive[] Dives) Setup()
    {
        DataMirror.RequireTable("wiod2013", 2011);
        DataMirror.RequireDataset("baci-critical-2024", 2024);
        return s_setup.Value;
    }

    [SkippableFact]
    public void Verdicts_and_numbers_equal_chapter_3s_verdict_functions_called_directly()
    {
        var (study, ch4, dives) = Setup();
        var s = ChapterSynthesis.Compute(study, null, ch4, 2024, PolicyRecordLoader.LoadDefault(), dives);
        var direct = new PtfRiskStudy(study.Table);
        var rules = FindingRules.Default;
        FindingVerdict[] expected =
        [
            FindingF1.Evaluate(direct.KA(), rules.F1), FindingTopK.F2(direct.KB(), rules.F2), FindingTopK.F3(direct.KC(), rules.F3),
            FindingF4.Evaluate(direct.KD(), rules.F4), FindingF5.Evaluate(direct.CrossLinks(), rules.F5),
        ];
        Assert.Equal(expected.Select(v => (v.Finding, v.Outcome, v.Reason)), s.Verdicts.Select(v => (v.Finding, v.Outcome, v.Reason)));
        foreach (var v in expected)
            Assert.Equal(v.OutcomeText, s.Rows.Single(r => r.Chapter == 3 && r.Topic == v.Finding && r.Verdict is not null).Verdict);
        Assert.Equal(direct.KD().ShareFrequencyAboveVolume, s.Rows.Single(r => r.Topic == "K-D").Value);
        var kor = direct.KA("KOR").Ranked.First(new SectorRef("KOR", "c14").Matches);
        Assert.Equal(kor.Ptf, s.Rows.Single(r => r.Headline.Contains("KOR:c14")).Value);
    }

    [SkippableFact]
    public void Chapter_4_and_policy_rows_equal_their_functions_called_directly()
    {
        var (study, ch4, dives) = Setup();
        var records = PolicyRecordLoader.LoadDefault();
        var s = ChapterSynthesis.Compute(study, null, ch4, 2024, records, dives);
        foreach (var reporter in new[] { "KOR", "JPN" })
        {
            var all = new CriticalProductsChapter().ClassifyAll(reporter, 2024);
            var c = s.Classes.Single(x => x.Reporter == reporter);
            Assert.Equal(all.Count, c.Items);
            Assert.Equal(all.Count(x => x.Class == ItemClass.Defensive), c.Defensive);
            Assert.Equal(all.Count(x => x.Class == ItemClass.NoData), c.NoData);
            Assert.Equal(all.Count(x => x.Indicators.HasData && x.Indicators.ChinaShare >= 0.5), c.ChinaMajority);
            Assert.Equal(all.Count, s.Rows.Single(r => r.Topic == $"classification {reporter}").Value);
        }
        foreach (var h in PolicyHeadline.Compute(records))
            Assert.Equal(h.Display, s.Rows.Single(r => r.Headline == h.Name).Display);
        Assert.Equal(CooperationOpportunities.Find(dives).Length, s.Rows.Single(r => r.Topic == "cooperation").Value);
        Assert.Equal(5, s.Implications().Length);
    }

    [SkippableFact]
    public void A_changed_record_changes_the_table_and_the_implications()
    {
        var (study, ch4, dives) = Setup();
        using var copy = new PolicyRecordCopy();
        copy.Edit("kr-ews", r => r["quantities"]![1]!["value"] = 0.4);
        var before = ChapterSynthesis.Compute(study, null, ch4, 2024, PolicyRecordLoader.LoadDefault(), dives);
        var after = ChapterSynthesis.Compute(study, null, ch4, 2024, copy.Load(), dives);
        Assert.Equal(0.4, after.Rows.Single(r => r.Headline == PolicyHeadline.EwsThreshold).Value);
        Assert.Contains("≥ 40 %", after.Implications()[0].Text);
        Assert.Contains("≥ 50 %", before.Implications()[0].Text);
    }

    [SkippableFact]
    public void A_finding_that_does_not_hold_turns_its_implication_around()
    {
        var (study, ch4, dives) = Setup();
        var strict = FindingRules.Default with { F4 = new F4Rule { HoldsShare = 0.99, PartlyShare = 0.99 } };
        var s = ChapterSynthesis.Compute(study, strict, ch4, 2024, PolicyRecordLoader.LoadDefault(), dives);
        Assert.Equal(VerdictOutcome.DoesNotHold, s.Verdict("F4").Outcome);
        Assert.Contains("for only", s.Implications()[0].Text);
        Assert.Contains("F4 does not hold", s.Implications()[0].Text);
        var loose = ChapterSynthesis.Compute(study, null, ch4, 2024, PolicyRecordLoader.LoadDefault(), dives);
        Assert.DoesNotContain("for only", loose.Implications()[0].Text);
    }

    [SkippableFact]
    public void Cooperation_rows_follow_the_rule()
    {
        var (study, ch4, dives) = Setup();
        var records = PolicyRecordLoader.LoadDefault();
        var strict = ChapterSynthesis.Compute(study, null, ch4, 2024, records, dives, CooperationRule.Default with { PtfAsymmetryMin = 100, DependenceChinaShareMin = 1.01, DependenceHhiMin = 1.01 });
        Assert.Empty(strict.Opportunities);
        Assert.Contains("finds no opportunity", strict.Implications()[^1].Text);
        var loose = ChapterSynthesis.Compute(study, null, ch4, 2024, records, dives, CooperationRule.Default with { StrengthWorldShareMin = 0.0, DependenceChinaShareMin = 0.0 });
        Assert.Equal(loose.Map.Length, loose.Opportunities.Count(o => o.Level == "trade"));
    }
}
