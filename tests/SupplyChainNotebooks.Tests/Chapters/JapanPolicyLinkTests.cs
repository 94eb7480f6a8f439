using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Chapters.JapanPolicy;
using SupplyChainNotebooks.Chapters.KoreaJapan;
using SupplyChainNotebooks.Policy;
using SupplyChainNotebooks.Tests.Policy;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters;

/// <summary>Chapter 2's joins and summaries: critical-product ids shared with chapter 4, export-control durations, stances.</summary>
public class JapanPolicyLinkTests
{
    private static readonly PolicyRecordSet Records = PolicyRecordLoader.LoadDefault();
    private static readonly SpecifiedProductRecords Products = SpecifiedProductRecords.Default;

    [Fact]
    public void Every_item_ref_of_the_policy_records_and_the_sector_mapping_resolves_to_a_chapter_4_product()
    {
        var known = CriticalProductLink.KnownIds(Products).ToArray();
        Assert.Equal(Products.Products.Count, known.Distinct().Count());
        Assert.Empty(Records.UnresolvedItemRefs(known));
        Assert.NotEmpty(Records.Records.SelectMany(r => r.ItemRefs));
        var mappingRefs = SectorMapping.LoadDefault().Sectors.SelectMany(s => s.Items).Select(i => i.ItemId).ToArray();
        Assert.All(mappingRefs, id => Assert.Contains(id, known));
        // The ids name the same product: chapter 4's product N is jp-spec-NN in both directions.
        Assert.All(Products.Products, p => Assert.Equal(p.Number, CriticalProductLink.NumberOf(CriticalProductLink.ItemIdOf(p.Number))));
        Assert.Equal("jp-spec-06", CriticalProductLink.ItemIdOf(Products.Products.Single(p => p.Id == "semiconductors").Number));
    }

    [Fact]
    public void A_reference_to_a_product_chapter_4_does_not_have_is_reported()
    {
        using var copy = new PolicyRecordCopy();
        copy.Edit("jp-des-2025-four-products", r => r["itemRefs"]![0] = "jp-spec-17");
        var unresolved = copy.Load().UnresolvedItemRefs(CriticalProductLink.KnownIds(Products));
        Assert.Equal([("jp-des-2025-four-products", "jp-spec-17")], unresolved);
        var link = CriticalProductLink.Join(copy.Load(), Products).Single(l => l.ItemRef == "jp-spec-17");
        Assert.Null(link.Name);
        Assert.Null(link.DatesAgree);
    }

    [Fact]
    public void Links_join_names_and_compare_designation_dates_at_the_coarser_precision()
    {
        var links = CriticalProductLink.Join(Records, Products);
        Assert.Equal(Enumerable.Range(1, 16), links.Select(l => l.Number));
        var semis = links.Single(l => l.ItemRef == "jp-spec-06");
        Assert.Equal(Products.ByNumber(6).NameEn, semis.Name);
        Assert.Equal("jp-des-2022-critical-products", semis.FirstRecordId);
        Assert.True(semis.DatesAgree);
        // Item 10 is named again by the 2024 amendment (uranium) but was first designated in 2022.
        var minerals = links.Single(l => l.ItemRef == "jp-spec-10");
        Assert.Equal("jp-des-2022-critical-products", minerals.FirstRecordId);
        Assert.Contains("jp-des-2024-electronic-components", minerals.RecordIds);
        // Where the two record sets differ, both flag the fact for verification.
        Assert.All(links.Where(l => l.DatesAgree == false), l => Assert.True(l.Verify, $"{l.ItemRef}: dates differ without a verification flag"));
        Assert.True(CriticalProductLink.SamePeriod(PartialDate.Parse("2024-01"), PartialDate.Parse("2024-01-31")));
        Assert.False(CriticalProductLink.SamePeriod(PartialDate.Parse("2024-01"), PartialDate.Parse("2024-02")));
        Assert.True(CriticalProductLink.SamePeriod(PartialDate.Parse("2024"), PartialDate.Parse("2024-12-31")));
        Assert.False(CriticalProductLink.SamePeriod(PartialDate.Parse("2022-12-20"), PartialDate.Parse("2022-12-21")));
    }

    [Fact]
    public void A_changed_designation_date_changes_the_agreement()
    {
        using var copy = new PolicyRecordCopy();
        copy.Edit("jp-des-2024-electronic-components", r => r["milestones"]![1]!["date"] = "2024-02");
        var before = CriticalProductLink.Join(Records, Products).Single(l => l.ItemRef == "jp-spec-12");
        var after = CriticalProductLink.Join(copy.Load(), Products).Single(l => l.ItemRef == "jp-spec-12");
        Assert.Equal(CriticalProductLink.SamePeriod(before.RecordDate, PartialDate.Parse(Products.ByNumber(12).DesignationDate)), before.DatesAgree);
        Assert.Equal("2024-02", after.RecordDate.ToString());
        Assert.Equal(CriticalProductLink.SamePeriod(PartialDate.Parse("2024-02"), PartialDate.Parse(Products.ByNumber(12).DesignationDate)), after.DatesAgree);
    }

    [Fact]
    public void Export_controls_on_korea_and_their_months_in_force_follow_the_records()
    {
        var controls = ExportControlMeasure.For(Records);
        Assert.Equal(Records.OfKind("export-control").Count(r => r.Jurisdiction == "JPN"), controls.Length);
        var three = controls.Single(c => c.RecordId == "jp-ec-2019-three-items");
        Assert.Equal("KOR", three.Target);
        Assert.Equal("lifted", three.State);
        // Second path: calendar months between 2019-07-04 and 2023-03-16.
        var (a, b) = (new DateOnly(2019, 7, 4), new DateOnly(2023, 3, 16));
        Assert.Equal((b.Year - a.Year) * 12 + b.Month - a.Month, three.MonthsInForce);
        var chips = controls.Single(c => c.RecordId == "jp-ec-2023-chip-equipment");
        Assert.Null(chips.Target);
        Assert.Null(chips.Lifted);
        Assert.Null(chips.MonthsInForce);
        Assert.Equal("in force", chips.State);
        Assert.Contains("equipment types added: 23 equipment types", chips.Quantities);

        using var copy = new PolicyRecordCopy();
        copy.Edit("jp-ec-2019-three-items", r => r["milestones"]![2]!["date"] = "2023-05");
        Assert.Equal((2023 - 2019) * 12 + 5 - 7, ExportControlMeasure.For(copy.Load()).Single(c => c.RecordId == "jp-ec-2019-three-items").MonthsInForce);
    }

    [Fact]
    public void Stance_summary_is_counted_from_the_statements_and_follows_a_reclassification()
    {
        var statements = CooperationStatement.For(Records);
        var summary = StanceSummary.Of(statements);
        // Second path: count the statement records directly.
        var raw = Records.OfKind("statement").Where(r => r.Involves("JPN")).ToArray();
        Assert.Equal(raw.Length, summary.Total);
        Assert.Equal(raw.Count(r => r.Stance != "national"), summary.Cooperative);
        Assert.Equal(raw.Count(r => r.Stance is "like-minded" or "multilateral"), summary.GroupCooperation);
        Assert.Equal(raw.Length, summary.ByStance.Sum(s => s.Count));
        Assert.Equal(1.0, summary.ByStance.Sum(s => s.Share), 12);
        Assert.Equal(raw.GroupBy(r => r.Stance).Max(g => g.Count()), summary.ByStance[0].Count);
        Assert.Contains($"{summary.Total} statements of JPN", summary.Describe());
        Assert.All(statements, s => Assert.StartsWith("http", s.SourceUrl.Scheme));

        using var copy = new PolicyRecordCopy();
        copy.Edit("st-2021-amari-autonomy", r => r["stance"] = "multilateral");
        var changed = StanceSummary.Of(CooperationStatement.For(copy.Load()));
        Assert.Equal(summary.Cooperative + 1, changed.Cooperative);
        Assert.Equal(summary.GroupCooperation + 1, changed.GroupCooperation);
        Assert.NotEqual(summary.Describe(), changed.Describe());
        Assert.Equal("no statement of JPN is recorded", StanceSummary.Of([]).Describe());
    }

    [Fact]
    public void Timeline_labels_name_each_instrument_once_and_a_later_start_renumbers_the_steps()
    {
        var events = PolicyTimeline.For(Records);
        Assert.Equal(events.Select(e => e.RecordId).Distinct().Count(), events.Count(e => e.StepOfRecord == 0));
        Assert.All(events.Where(e => e.StepOfRecord == 0), e => Assert.StartsWith(e.ShortTitle, e.ChartLabel));
        Assert.All(events, e => Assert.True(e.ShortTitle.Length <= 26, e.ShortTitle));
        Assert.Equal("lifted", events.Single(e => e.RecordId == "jp-ec-2019-three-items" && e.Event == "lifted").ChartLabel);
        var since = PolicyTimeline.Since(events, PartialDate.Parse("2023"));
        Assert.All(since, e => Assert.True(e.Date.Year >= 2023));
        Assert.Equal(events.Count(e => e.Date.Year >= 2023), since.Length);
        // The 2019 controls' first step after 2023 (their lifting) now carries the title.
        var lifted = since.Single(e => e.RecordId == "jp-ec-2019-three-items");
        Assert.Equal(0, lifted.StepOfRecord);
        Assert.StartsWith("Tightened export licens", lifted.ChartLabel);
    }
}
