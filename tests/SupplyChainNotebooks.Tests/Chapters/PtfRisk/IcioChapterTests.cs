using MathNet.Numerics.LinearAlgebra;
using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Chapters.KoreaJapan;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

/// <summary>
/// Chapter 3 on an OECD ICIO 2023 layout (hand-made fixture, ICIO industry codes): the study's industry choices come
/// from the per-dataset rows of data/sectors/kiep_sectors.csv, not from WIOD codes, and the K-A numbers equal an
/// independent computation with a dense inverse (MathNet) inside the test; chapter 5 joins the same table through the
/// icio2023 codes of data/sectors/korea-japan-sectors.json.
/// </summary>
[Collection("scn data folder")]
public sealed class IcioChapterTests : IDisposable
{
    // Every ICIO 2023 industry the concordance names for the study's sectors, plus agriculture (in no KIEP sector).
    private static readonly string[] Industries =
    [
        "A01_02", "B05_06", "B07_08", "B09", "C10T12", "C13T15", "C16", "C17_18", "C19", "C20", "C21", "C22", "C23", "C24",
        "C25", "C26", "C27", "C28", "C29", "C30", "C31T33", "F", "O", "Q",
    ];

    // IDN and RUS, two of the default raw-material exporters, are left out on purpose.
    private static readonly string[] Countries = ["AUS", "BRA", "CAN", "CHN", "JPN", "KOR", "USA"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"scn-icio-chapter-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private PtfRiskStudy Study(PtfRiskParameters? parameters = null)
    {
        IcioLayoutFixture.Write(Path.Combine(_folder, "icio2023", "2020_SML.csv"), Countries, Industries, IcioLayoutFixture.Icio2023Categories, seed: 303);
        return PtfRiskStudy.Load("icio2023", 2020, parameters, DataFolder.Resolve(_folder));
    }

    [Fact]
    public void The_study_s_industry_choices_come_from_the_icio2023_rows_of_the_concordance()
    {
        var study = Study();
        Assert.Equal("icio2023", study.Table.DatasetId);
        // c2 mining = B05_06 + B07_08 + B09 of the exporters the table has; the missing ones are reported, not guessed.
        var sources = study.KaSources.Indices.Select(i => study.Table.Nodes[i].Label).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["AUS_B05_06", "AUS_B07_08", "AUS_B09", "BRA_B05_06", "BRA_B07_08", "BRA_B09", "CAN_B05_06", "CAN_B07_08", "CAN_B09"], sources);
        Assert.Equal(["IDN", "RUS"], study.MissingSourceCountries.Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(study.KA("KOR").Notes, n => n.Contains("IDN, RUS", StringComparison.Ordinal));
        // c14 electrical and optical = C26 + C27 (the K-B and K-C sources).
        Assert.Equal(["JPN_C26", "JPN_C27"], study.KbSources.Indices.Select(i => study.Table.Nodes[i].Label).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["KOR_C26", "KOR_C27"], study.KcSources.Indices.Select(i => study.Table.Nodes[i].Label).Order(StringComparer.Ordinal).ToArray());
        // F5 manufacturing = the distinct ICIO industries of c3–c16 (c4 and c5 share C13T15; c9 = C20 + C21; c12 = C24 + C25 …).
        var manufacturing = new[] { "C10T12", "C13T15", "C16", "C17_18", "C19", "C20", "C21", "C22", "C23", "C24", "C25", "C26", "C27", "C28", "C29", "C30", "C31T33" };
        var links = study.CrossLinks();
        foreach (var direction in links.Directions.Select(d => d.Direction))
        {
            var (rows, columns, _) = links.Matrix(direction);
            Assert.Equal(manufacturing, rows.Order(StringComparer.Ordinal).ToArray());
            Assert.Equal(manufacturing, columns.Order(StringComparer.Ordinal).ToArray());
        }
    }

    [Fact]
    public void K_A_equals_a_dense_inverse_computation_and_the_verdicts_name_icio_industries()
    {
        var study = Study(PtfRiskParameters.Default with { PairMinTivaMusd = 0 });
        var t = study.Table;
        var n = t.NodeCount;

        // Independent path: A from Z and x, B = (I − A)⁻¹ by MathNet's dense inverse, v^VA = VA/x for the TiVA weights,
        // v^prim = 1 − column sums of A for VS, y = every final-demand column summed.
        var a = Matrix<double>.Build.Dense(n, n, (i, k) => t.GrossOutput[k] > 0 ? t.Intermediate(i, k) / t.GrossOutput[k] : 0);
        var b = (Matrix<double>.Build.DenseIdentity(n) - a).Inverse();
        var vva = Enumerable.Range(0, n).Select(k => t.GrossOutput[k] > 0 ? t.ValueAdded!.Value[k] / t.GrossOutput[k] : 0).ToArray();
        var vprim = Enumerable.Range(0, n).Select(k => 1 - a.Column(k).Sum()).ToArray();
        var y = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, t.FinalDemandColumns.Length).Sum(c => t.FinalDemand(i, c))).ToArray();
        var china = t.NodesOf("CHN").ToArray();

        var ranking = study.KA("KOR");
        var compared = 0;
        foreach (var j in t.NodesOf("KOR"))
        {
            double num = 0, den = 0;
            foreach (var i in study.KaSources.Indices)
            {
                var w = vva[i] * b[i, j] * y[j];
                if (!(w > 0) || !(b[i, j] > 0)) continue;
                num += w * china.Sum(k => b[i, k] * b[k, j]) / b[i, j];
                den += w;
            }
            var row = ranking.Row(t.Nodes[j].Label)!;
            if (den == 0) { Assert.Null(row.Ptf); continue; }
            Assert.Equal(num / den, row.Ptf!.Value, 1e-10);
            Assert.Equal(china.Sum(k => vprim[k] * b[k, j]), row.Vs!.Value, 1e-10);
            compared++;
        }
        Assert.True(compared >= Industries.Length - 2, $"only {compared} KOR sinks compared");

        // The rules name KIEP sectors; on ICIO they resolve to ICIO industries (c15 = C29/C30, c31 = O, c33 = Q, c18 = F).
        var verdicts = study.Verdicts();
        Assert.Equal(["F1", "F2", "F3", "F4", "F5"], verdicts.Select(v => v.Finding).ToArray());
        Assert.All(verdicts, v => Assert.Equal(("icio2023", (int?)2020), (v.Dataset, v.Year)));
        var f2 = verdicts.Single(v => v.Finding == "F2").Reason;
        Assert.Contains("USA_O", f2, StringComparison.Ordinal);
        Assert.Contains("USA_Q", f2, StringComparison.Ordinal);
        Assert.True(f2.Contains("USA_C29", StringComparison.Ordinal) || f2.Contains("USA_C30", StringComparison.Ordinal), f2);
        var f3 = verdicts.Single(v => v.Finding == "F3").Reason;
        Assert.Contains("JPN_F", f3, StringComparison.Ordinal);
        Assert.DoesNotContain(verdicts, v => v.Reason.Contains("C34T35", StringComparison.Ordinal) || v.Reason.Contains("C30T33", StringComparison.Ordinal));
    }

    [Fact]
    public void Sensitivity_runs_on_the_icio_table_and_leaves_sinks_inside_R_out()
    {
        var study = Study();
        var rows = SensitivityAnalysis.Compute(study);
        Assert.Contains(rows, r => r.Factor == "risk region" && r.Variant == "JPN");
        Assert.Contains(rows, r => r.Factor == "risk region" && r.Variant == "USA");
        // Risk JPN: the Japanese sinks of K-A lie inside R and are left out, with the note that says why.
        var japan = rows.Single(r => r.Factor == "risk region" && r.Variant == "JPN" && r.Configuration == "K-A JPN");
        Assert.Equal(0, japan.SinksRanked);
        Assert.Contains("left out", japan.Note, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Chapter_5_deep_dives_join_the_icio_industries_of_the_sector_mapping()
    {
        DataMirror.RequireDataset("baci-critical-2024", 2024);   // the trade side of the join
        var study = Study();
        var dives = SectorDeepDive.ComputeAll(SectorMapping.LoadDefault(), study, new CriticalProductsChapter(), 2024);
        string Core(string sector, string country) => dives.Single(d => d.Sector.Id == sector).Io.Single(r => r.Role == "core" && r.Country == country).Sink!;
        // icio2023 separates chips (C26) from batteries (C27), and mining is B07_08 (data/sectors/korea-japan-sectors.json).
        Assert.Equal(("KOR_C26", "JPN_C26"), (Core("semiconductors", "KOR"), Core("semiconductors", "JPN")));
        Assert.Equal(("KOR_C27", "JPN_C27"), (Core("secondary-batteries", "KOR"), Core("secondary-batteries", "JPN")));
        Assert.Equal("KOR_B07_08", Core("critical-minerals", "KOR"));
        foreach (var row in dives.SelectMany(d => d.Io).Where(r => r.Sink is not null))
        {
            var k = study.KA(row.Country).Row(row.Sink!)!;
            Assert.Equal(("icio2023", k.Rank, k.Ptf, k.Vs), (row.Dataset, row.Rank, row.Ptf, row.Vs));
        }
    }
}
