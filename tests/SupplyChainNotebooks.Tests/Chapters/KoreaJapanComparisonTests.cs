using SupplyChainNotebooks.Chapters.KoreaJapan;
using SupplyChainNotebooks.Policy;
using SupplyChainNotebooks.Tests.Policy;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters;

/// <summary>Chapter 5 comparison: generated from the records, and it follows them when they change.</summary>
public class KoreaJapanComparisonTests
{
    private static readonly PolicyRecordSet Records = PolicyRecordLoader.LoadDefault();

    [Fact]
    public void Every_dimension_has_a_row_and_cites_only_existing_records_of_its_side()
    {
        var table = KoreaJapanComparison.Build(Records);
        Assert.Equal(ComparisonDimension.All.Select(d => d.Id), table.Rows.Select(r => r.Dimension.Id));
        foreach (var row in table.Rows)
        {
            Assert.All(row.Left.RecordIds, id => Assert.Equal("JPN", Records.Get(id).Jurisdiction));
            Assert.All(row.Right.RecordIds, id => Assert.Equal("KOR", Records.Get(id).Jurisdiction));
            foreach (var id in row.Left.RecordIds.Concat(row.Right.RecordIds))
                Assert.Contains($"[{id}]", row.Left.Text + row.Right.Text);
        }
        // The brief's eight dimensions are all filled for Korea.
        foreach (var d in new[] { "disclosure", "budget", "support-method", "law-ews-link", "designation-unit", "designation-criteria", "decision-body", "stockpiling", "offensive-element" })
            Assert.NotNull(table[d].Right.Text);
    }

    [Fact]
    public void Budget_row_shows_the_recorded_amounts()
    {
        var row = KoreaJapanComparison.Build(Records)["budget"];
        Assert.Contains("¥1,035.8 bn", row.Left.Text);
        Assert.Contains("¥958.2 bn", row.Left.Text);
        Assert.Contains("≤ ₩5 trn", row.Right.Text);
        Assert.Contains("≥ ₩55 trn", row.Right.Text);
        Assert.DoesNotContain("₩150 bn", row.Right.Text); // an outcome, not a budget
    }

    [Fact]
    public void Changed_fund_amount_changes_the_budget_cell()
    {
        using var copy = new PolicyRecordCopy();
        copy.Edit("kr-fund-supply-chain", r => r["quantities"]![0]!["value"] = 7);
        var changed = KoreaJapanComparison.Build(copy.Load())["budget"].Right.Text!;
        Assert.Contains("≤ ₩7 trn", changed);
        Assert.DoesNotContain("₩5 trn", changed);
    }

    [Fact]
    public void Ews_link_row_computes_the_months_before_a_statutory_basis()
    {
        var cell = KoreaJapanComparison.Build(Records)["law-ews-link"].Right;
        var ews = Records.Get("kr-ews");
        var start = ews.Milestone("launched")!.Date.Start;
        var basis = ews.Basis.Select(id => Records.Get(id).FirstInForce!.Value.Start).Min();
        var months = (basis.Year - start.Year) * 12 + basis.Month - start.Month;
        Assert.Contains($"operated administratively for {months} months", cell.Text);
        Assert.Contains("≈ 4,000 items", cell.Text);
        Assert.Contains("≥ 50 %", cell.Text);
        Assert.Contains("kr-law-supply-chain-framework", cell.RecordIds);
        Assert.Null(KoreaJapanComparison.Build(Records)["law-ews-link"].Left.RecordIds.FirstOrDefault(id => Records.Get(id).Kind == "monitoring-system"));
    }

    [Fact]
    public void Changing_the_basis_or_launch_date_changes_the_ews_cell()
    {
        using var copy = new PolicyRecordCopy();
        var before = KoreaJapanComparison.Build(copy.Load())["law-ews-link"].Right.Text;
        copy.Edit("kr-ews", r => r["milestones"]![0]!["date"] = "2022-11");
        var after = KoreaJapanComparison.Build(copy.Load())["law-ews-link"].Right.Text;
        Assert.NotEqual(before, after);
        Assert.Contains("since 2022-11", after);
    }

    [Fact]
    public void Disclosure_row_follows_the_designation_totals()
    {
        var cell = KoreaJapanComparison.Build(Records)["disclosure"].Left;
        Assert.Contains("11 product categories", cell.Text);
        Assert.Contains("16 product categories", cell.Text);
        using var copy = new PolicyRecordCopy();
        copy.Edit("jp-des-2022-critical-products", r => r["disclosure"] = "partial");
        Assert.Contains("list partial, 11 product categories", KoreaJapanComparison.Build(copy.Load())["disclosure"].Left.Text);
    }

    [Fact]
    public void Removing_all_records_of_a_dimension_leaves_na_not_a_default()
    {
        using var copy = new PolicyRecordCopy();
        copy.Remove("st-2023-nishimura-country-neutral"); // statements resting on the export controls go too
        copy.Remove("st-2023-meti-korea-dialogue");
        copy.Remove("jp-ec-2019-three-items");
        copy.Remove("jp-ec-2019-whitelist");
        copy.Remove("jp-ec-2023-chip-equipment");
        copy.Edit("jp-des-2022-critical-products", r => r["facets"]!.AsObject().Remove("offensive-element"));
        copy.Edit("jp-des-2024-electronic-components", r => r.Remove("facets"));
        var cell = KoreaJapanComparison.Build(copy.Load())["offensive-element"].Left;
        Assert.Null(cell.Text);
        Assert.Equal("n/a (no record)", cell.Display);
    }

    [Fact]
    public void Frame_has_one_row_per_dimension_and_both_sides()
    {
        var frame = KoreaJapanComparison.Build(Records).ToFrame();
        Assert.Equal(ComparisonDimension.All.Length, frame.RowCount);
        Assert.Equal(["JPN", "JPN records", "KOR", "KOR records", "Rule"], frame.ColumnKeys);
        Assert.Contains("₩", frame.GetColumn<string>("KOR").Get("Budget / fund"));
    }
}
