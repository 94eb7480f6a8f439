using SupplyChainNotebooks.Chapters.Synthesis;
using SupplyChainNotebooks.Policy;
using SupplyChainNotebooks.Tests.Policy;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters;

/// <summary>Chapter 6's record-driven headlines are recomputed from the records.</summary>
public class PolicyHeadlineTests
{
    [Fact]
    public void Headlines_follow_the_records()
    {
        var records = PolicyRecordLoader.LoadDefault();
        var h = PolicyHeadline.Compute(records).ToDictionary(x => x.Name);
        Assert.Equal(16, h["Japan: specified critical product categories (latest designation or announcement)"].Value);
        // 2022-08-01 → 2024-05-17: 21 months (second path: DateOnly arithmetic).
        var first = new DateOnly(2022, 8, 1);
        var last = new DateOnly(2024, 5, 17);
        Assert.Equal((last.Year - first.Year) * 12 + last.Month - first.Month, h["Japan: months from the first to the last pillar entering into force"].Value);
        Assert.Equal("3 (2 lifted)", h["Japan: export-control measures recorded (of which lifted)"].Display);
        Assert.Equal(1035.8 + 110, h["Japan: recorded budget money for the supply-chain pillar"].Value!.Value, 1e-9);
        // The sum shows its parts, and the JOGMEC line (inside or outside the ¥1,035.8 bn is unsettled) marks it [verify].
        Assert.Equal("¥1,145.8 bn = ¥1,035.8 bn + ¥110 bn [verify]", h["Japan: recorded budget money for the supply-chain pillar"].Display);
        Assert.Equal(0.5, h["Korea: single-country import share that triggers EWS screening"].Value);
        Assert.Equal(5e12, h["Korea: Supply Chain Stabilization Fund (ceiling)"].Value);
        // EWS launched 2021-11; its first statutory basis (MPE amendment) in force 2023-12: second path by month arithmetic.
        var ews = records.Get("kr-ews");
        var basis = ews.Basis.Select(records.Get).Where(b => b.FirstInForce is not null).Min(b => b.FirstInForce!.Value);
        var launched = ews.Milestone("launched")!.Date;
        Assert.Equal((basis.Year - launched.Year) * 12 + basis.Month!.Value - launched.Month!.Value, h[PolicyHeadline.EwsMonthsBeforeBasis].Value);
        Assert.Equal(PolicyHeadline.Compute(records).Length, PolicyHeadline.ToFrame(PolicyHeadline.Compute(records)).RowCount);
    }

    [Fact]
    public void Changed_or_removed_records_change_the_headlines()
    {
        using var copy = new PolicyRecordCopy();
        copy.Edit("kr-ews", r => r["quantities"]![0]!["value"] = 4500);
        copy.Remove("kr-fund-supply-chain");
        var h = PolicyHeadline.Compute(copy.Load()).ToDictionary(x => x.Name);
        Assert.Equal(4500, h["Korea: items monitored by the early warning system"].Value);
        Assert.Null(h["Korea: Supply Chain Stabilization Fund (ceiling)"].Value);
        Assert.Equal("n/a", h["Korea: Supply Chain Stabilization Fund (ceiling)"].Display);
    }
}
