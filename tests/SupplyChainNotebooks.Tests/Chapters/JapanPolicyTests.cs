using System.Text.Json.Nodes;
using SupplyChainNotebooks.Chapters.JapanPolicy;
using SupplyChainNotebooks.Policy;
using SupplyChainNotebooks.Tests.Policy;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters;

/// <summary>Chapter 2 data: timeline, pillars and statements are computed from the records.</summary>
public class JapanPolicyTests
{
    private static readonly PolicyRecordSet Records = PolicyRecordLoader.LoadDefault();

    [Fact]
    public void Timeline_has_one_event_per_milestone_of_each_selected_record()
    {
        var events = PolicyTimeline.For(Records);
        var lanes = PolicyTimeline.ChapterTwoCategories.ToHashSet();
        // Second path: count the milestones straight from the records.
        var expected = Records.Records.Where(r => r.Involves("JPN") && lanes.Contains(PolicyTimeline.CategoryOf(r.Kind))).Sum(r => r.Milestones.Length);
        Assert.Equal(expected, events.Length);
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.Date <= p.Second.Date), "events not in date order");
        Assert.All(PolicyTimeline.ChapterTwoCategories, c => Assert.Contains(events, e => e.Category == c));
        Assert.DoesNotContain(events, e => e.Jurisdiction == "KOR");
        Assert.Contains(events, e => e.RecordId == "intl-ipef-supply-chain"); // Japan is a party
    }

    [Fact]
    public void Timeline_shows_the_2019_controls_and_their_lifting()
    {
        var ec = PolicyTimeline.For(Records).Where(e => e.RecordId == "jp-ec-2019-three-items").ToArray();
        Assert.Equal(["announced 2019-07-01", "in-force 2019-07-04", "lifted 2023-03-16"], ec.Select(e => $"{e.Event} {e.Date}"));
        Assert.All(ec, e => Assert.Equal(TimelineCategory.ExportControl, e.Category));
    }

    [Fact]
    public void Changing_a_record_date_moves_its_event()
    {
        using var copy = new PolicyRecordCopy();
        copy.Edit("jp-ec-2023-chip-equipment", r => r["milestones"]![2]!["date"] = "2023-08");
        var events = PolicyTimeline.For(copy.Load());
        var moved = events.Single(e => e.RecordId == "jp-ec-2023-chip-equipment" && e.Event == "in-force");
        Assert.Equal("2023-08", moved.Date.ToString());
        Assert.Equal(DatePrecision.Month, moved.Precision);
        Assert.Equal(new DateTime(2023, 8, 1), moved.PlotDate);
    }

    [Fact]
    public void Low_confidence_and_flagged_steps_are_marked_verify()
    {
        var events = PolicyTimeline.For(Records);
        var budgetPassed = events.Single(e => e.RecordId == "jp-bud-fy2022-supplementary" && e.Event == "passed");
        Assert.True(budgetPassed.Verify);
        Assert.EndsWith("[verify]", budgetPassed.Label);
        Assert.False(events.Single(e => e.RecordId == "jp-cab-basic-guideline").Verify);
    }

    [Fact]
    public void Four_pillars_with_their_entry_into_force()
    {
        var pillars = EconomicSecurityPillar.From(Records);
        Assert.Equal(4, pillars.Length);
        Assert.Equal(["2022-08-01", "2023-11-17", "2022-08-01", "2024-05-01"], pillars.Select(p => p.FirstInForce.ToString()));
        Assert.Equal(2, pillars[1].InForce.Length);
        // The act-level in-force steps are exactly the pillars' first steps plus the later step of pillar 2.
        var act = Records.Get(EconomicSecurityPillar.ActRecordId).Milestones.Where(m => m.Event == "in-force").Select(m => m.Date).Distinct().Order();
        Assert.Equal(act, pillars.SelectMany(p => p.InForce.Select(m => m.Date)).Distinct().Order());
    }

    [Fact]
    public void Statements_are_sourced_and_counted_by_stance()
    {
        var st = CooperationStatement.For(Records);
        Assert.True(st.Length >= 5);
        Assert.All(st, s => Assert.StartsWith("http", s.SourceUrl.Scheme));
        var counts = CooperationStatement.CountByStance(st);
        Assert.Equal(st.Length, counts.Values.Sum());
        Assert.Equal(st.Count(s => s.Stance == "like-minded"), counts["like-minded"]);
    }

    [Fact]
    public void Removing_a_statement_changes_the_counts()
    {
        using var copy = new PolicyRecordCopy();
        var before = CooperationStatement.CountByStance(CooperationStatement.For(Records));
        copy.Remove("st-2024-kamikawa-trustworthy-chains");
        var after = CooperationStatement.CountByStance(CooperationStatement.For(copy.Load()));
        Assert.Equal(before["like-minded"] - 1, after.GetValueOrDefault("like-minded"));
    }

    [Fact]
    public void Frames_have_one_row_per_item()
    {
        var events = PolicyTimeline.For(Records);
        var frame = PolicyTimeline.ToFrame(events);
        Assert.Equal(events.Length, frame.RowCount);
        Assert.Contains("PlotDate", frame.ColumnKeys);
        Assert.Equal(4, EconomicSecurityPillar.ToFrame(EconomicSecurityPillar.From(Records)).RowCount);
        Assert.Equal(CooperationStatement.For(Records).Length, CooperationStatement.ToFrame(CooperationStatement.For(Records)).RowCount);
    }
}
