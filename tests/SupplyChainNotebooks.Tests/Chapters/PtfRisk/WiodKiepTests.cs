using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

/// <summary>
/// Chapter 3 on the real WIOD 2013 table of 2011, each number checked against an independent computation inside the
/// test (pair-by-pair sums, the closed form, brute-force walks, the PTF identities of methodology §1.10).
/// </summary>
[Collection("scn data folder")]
public sealed class WiodKiepTests
{
    private const string Sources = "AUS,BRA,CAN,IDN,RUS:C10T14";

    private static (MrioTable table, PtfRiskStudy study) Study()
    {
        var table = DataMirror.RequireTable("wiod2013", 2011);
        return (table, new PtfRiskStudy(table));
    }

    [SkippableFact]
    public void KaPerSinkEqualsPairByPairTivaWeightedSums()
    {
        var (table, study) = Study();
        Assert.Equal(Sources, study.KaSources.Expression);
        var ranking = study.KA("KOR");
        var engine = study.Engine;
        var checkedSinks = 0;
        foreach (var j in table.NodesOf("KOR"))
        {
            double num = 0, den = 0;
            foreach (var i in study.KaSources.Indices)
            {
                var p = engine.Pair(i, j);
                if (p.Ptf is not { } ptf || !(p.TivaFlowMusd > 0)) continue;
                num += p.TivaFlowMusd * ptf;
                den += p.TivaFlowMusd;
            }
            var row = ranking.Row(table.Nodes[j].Label)!;
            if (den == 0) { Assert.Null(row.Ptf); continue; }
            Assert.Equal(num / den, row.Ptf!.Value, 1e-12);
            checkedSinks++;
        }
        Assert.True(checkedSinks >= 30, $"only {checkedSinks} KOR sinks have a defined PTF");
        Assert.Equal(checkedSinks, ranking.Ranked.Count());
    }

    [SkippableFact]
    public void KaPerSinkEqualsTheClosedForm()
    {
        // [(v_S'B) D_R (B y_j)] / [v_S'B y_j] with two solves — a second formula path (S ∩ {j} = ∅, every flow positive).
        var (table, study) = Study();
        foreach (var country in new[] { "KOR", "JPN" })
            foreach (var row in study.KA(country).Ranked)
            {
                var closed = study.Engine.TivaWeightedClosedForm(study.KaSources, NodeSet.Resolve(table, row.Sink));
                Assert.Equal(closed, row.Ptf!.Value, 1e-10);
            }
    }

    [SkippableFact]
    public void ConventionsCoincideWhenRiskIsDisjointFromSourcesAndSinks()
    {
        // P10 on real data: in K-A neither the mining sources nor the KOR/JPN sinks are Chinese.
        var (_, study) = Study();
        var rows = SensitivityAnalysis.Compute(study, SensitivityVariants.Default with
        {
            Weightings = [], SourceSets = [], TivaFilters = [], Risks = [],
        });
        foreach (var row in rows.Where(r => r.Factor == "convention" && r.Configuration.StartsWith("K-A", StringComparison.Ordinal)))
        {
            var baseline = rows.Single(r => r.IsBaseline && r.Configuration == row.Configuration);
            Assert.Equal(1.0, row.SpearmanWithBaseline!.Value, 1e-12);
            Assert.Equal(baseline.Top1, row.Top1);
            Assert.Equal(baseline.NamedRanks, row.NamedRanks);
        }
    }

    [SkippableFact]
    public void SensitivityBaselineRowsCarryTheNoteAboutSinksInsideR()
    {
        // K-B's sinks are every industry outside JPN, so the 35 Chinese ones lie inside R = CHN and are left out — in the
        // baseline as in every variant; K-A's Korean sinks never are.
        var (table, study) = Study();
        var rows = SensitivityAnalysis.Compute(study, SensitivityVariants.Default with
        {
            Weightings = [], SourceSets = [], TivaFilters = [], Risks = [],
        });
        var kb = rows.Single(r => r.IsBaseline && r.Configuration == "K-B");
        Assert.Equal(study.KB().ExcludedSinks.Length, table.NodesOf("CHN").Length);
        Assert.Contains($"{table.NodesOf("CHN").Length} sink(s) inside R = CHN left out", kb.Note, StringComparison.Ordinal);
        Assert.All(rows.Where(r => r.Configuration == "K-B"), r => Assert.Equal(kb.Note, r.Note));
        Assert.Null(rows.Single(r => r.IsBaseline && r.Configuration == "K-A KOR").Note);
    }

    [SkippableFact]
    public void SectorChoicesAreTheSectorsTheStudyUsesOnItsTable()
    {
        // c2 and c14 (sources), c15/c18/c31/c33 (named sinks, c14 and c15 again) and c3…c16 (F5): 18 distinct sectors.
        var (_, study) = Study();
        var choices = study.SectorChoices();
        Assert.Equal(["c2", .. Enumerable.Range(3, 14).Select(i => $"c{i}"), "c18", "c31", "c33"], choices.Select(e => e.Sector));
        Assert.All(choices, e => Assert.Equal("wiod2013", e.Dataset));
        Assert.Equal<string>(["C30T33"], choices.Single(e => e.Sector == "c14").Industries);
    }

    [SkippableFact]
    public void P3NodeAppearancesSumToOnePlusApl()
    {
        var (table, study) = Study();
        foreach (var (i, j) in new[] { ("AUS_C10T14", "KOR_C30T33"), ("JPN_C30T33", "USA_C34T35"), ("KOR_C30T33", "JPN_C45") })
        {
            var pair = study.Engine.Pair(i, j);
            var d = study.Engine.Decompose(table.IndexOf(i), table.IndexOf(j));
            Assert.Equal(1 + pair.Apl!.Value, d.Total, 1e-9);
            Assert.Equal(pair.Ptf!.Value, table.NodesOf("CHN").Sum(k => d.ByNode[table.Nodes[k].Label]), 1e-12);
        }
    }

    [SkippableFact]
    public void P5AdditivityOverDisjointRegions()
    {
        var (table, study) = Study();
        var manufacturing = string.Join(",", KiepSectorConcordance.Default.IndustriesIn(table, KiepSectorConcordance.ManufacturingSectors));
        var solver = study.Solver;
        var r1 = NodeSet.Resolve(table, $"CHN:{manufacturing}");
        var r2 = NodeSet.Resolve(table, "CHN").Except(r1);
        Assert.True(r1.IsDisjointFrom(r2));
        var e1 = new PassThroughFrequency(solver, r1, new PtfOptions { ComputeTouchShare = false });
        var e2 = new PassThroughFrequency(solver, r2, new PtfOptions { ComputeTouchShare = false });
        var kor = NodeSet.Resolve(table, "KOR");
        // Pair level.
        foreach (var (i, j) in new[] { ("AUS_C10T14", "KOR_C30T33"), ("RUS_C10T14", "JPN_C34T35") })
            Assert.Equal(study.Engine.Pair(i, j).Ptf!.Value, e1.Pair(i, j).Ptf!.Value + e2.Pair(i, j).Ptf!.Value, 1e-12);
        // Aggregate level (TiVA weights do not depend on R, so the aggregates add up too).
        var all = study.Engine.PerSink(study.KaSources, kor);
        var a1 = e1.PerSink(study.KaSources, kor);
        var a2 = e2.PerSink(study.KaSources, kor);
        for (var b = 0; b < all.Count; b++)
        {
            if (all[b].Ptf is not { } p) continue;
            Assert.Equal(p, a1[b].Ptf!.Value + a2[b].Ptf!.Value, 1e-12);
        }
        // Country partition: the decomposition over all 41 regions sums to 1 + APL, and its CHN part is PTF(CHN).
        var d = study.Engine.Decompose(study.KaSources, NodeSet.Resolve(table, "KOR_C30T33"));
        Assert.Equal(study.KA("KOR").Row("KOR_C30T33")!.Ptf!.Value, d.ByCountry["CHN"], 1e-12);
        Assert.Equal(d.Total, d.ByCountry.Values.Sum(), 1e-9);
    }

    [SkippableFact]
    public void P8AllSourceValueAddedIdentity()
    {
        // With v = primary-input coefficients and S = every node, Σ_i v_i b_ik b_kj / Σ_i v_i b_ij = Σ_{k∈R} b_kj.
        var (table, study) = Study();
        var v = table.PrimaryInputCoefficients();
        var all = NodeSet.Resolve(table, "*");
        foreach (var sink in new[] { "KOR_C30T33", "JPN_C34T35", "USA_C75" })
        {
            var j = table.IndexOf(sink);
            var column = study.Solver.Column(j);
            var expected = study.Risk.Indices.Sum(k => column[k]);
            Assert.Equal(expected, study.Engine.TivaWeightedClosedForm(all, NodeSet.Resolve(table, sink), v), 1e-10);
        }
        // v'B = 1' (primary-input coefficients) on the real table.
        var ones = study.Solver.SolveRow(v);
        Assert.All(ones.Where((_, k) => table.GrossOutput[k] > 0), x => Assert.Equal(1, x, 1e-9));
    }

    [SkippableFact]
    public void CrossLinkMatrixIsCompleteAndItsTwoPathsAgree()
    {
        var (_, study) = Study();
        var m = study.CrossLinks();
        Assert.Equal(2 * 14 * 14, m.Cells.Length);
        Assert.Equal(2 * 14 * 14, m.ToFrame().RowCount);
        Assert.Equal(2, m.DirectionsToFrame().RowCount);
        var (rows, cols, ptf) = m.Matrix("KOR→JPN");
        Assert.Equal(14, rows.Length);
        Assert.Equal(14, cols.Length);
        Assert.Equal(m.Cells.Single(c => c.Source == "KOR_C30T33" && c.Sink == "JPN_C34T35").Ptf, ptf[rows.IndexOf("C30T33")][cols.IndexOf("C34T35")]);
        foreach (var d in m.Directions)
        {
            // Aggregate over pairs (PerSink/Combine path) = CHN part of the TiVA-weighted node decomposition.
            Assert.Equal(d.Ptf!.Value, d.RiskPtf, 1e-12);
            // TiVA-weighted mean of the cells.
            var cells = m.Cells.Where(c => c.Direction == d.Direction && c.Ptf is not null && c.TivaFlowMusd > 0).ToArray();
            Assert.Equal(cells.Sum(c => c.TivaFlowMusd * c.Ptf!.Value) / cells.Sum(c => c.TivaFlowMusd), d.Ptf.Value, 1e-12);
            Assert.DoesNotContain(d.OtherCountries, c => c.Country is "KOR" or "JPN");
        }
    }

    [SkippableFact]
    public void HeadlineSeriesRepeatsTheStudyOfEachYear()
    {
        DataMirror.RequireTable("wiod2013", 2010);
        var series = HeadlineSeries.Compute([2010, 2011], y => DataMirror.RequireTable("wiod2013", y));
        foreach (var year in new[] { 2010, 2011 })
        {
            var study = new PtfRiskStudy(DataMirror.RequireTable("wiod2013", year));
            var ka = study.KA("JPN");
            var chain = series.Values.Single(v => v.Year == year && v.Chain == "K-A: mining → JPN:c15");
            Assert.Equal(ka.Row("JPN_C34T35")!.Ptf!.Value, chain.Ptf!.Value, 1e-12);     // one WIOD node per sector
            Assert.Equal(ka.Row("JPN_C34T35")!.Rank, chain.Rank);
            Assert.Equal(5, series.Verdicts.Count(v => v.Year == year));
            Assert.Equal(study.KA().Sum(r => r.Rows.Length), series.Rankings.Count(r => r.Year == year));
        }
    }

    [SkippableFact]
    public void BruteForceWalksOnAnExtractedSubNetwork()
    {
        // Seven real nodes with their real input coefficients a_ik = z_ik / x_k; the sub-network's PTF and θ by the closed
        // forms against a depth-first enumeration of every walk heavier than ε.
        var table = DataMirror.RequireTable("wiod2013", 2011);
        string[] labels = ["AUS_C10T14", "CHN_C10T14", "CHN_C27T28", "CHN_C30T33", "KOR_C27T28", "KOR_C30T33", "JPN_C30T33"];
        var idx = labels.Select(table.IndexOf).ToArray();
        var n = labels.Length;
        var z = new double[n, n];
        var a = new double[n, n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
            {
                z[r, c] = table.Intermediate(idx[r], idx[c]);
                a[r, c] = table.InputCoefficient(idx[r], idx[c]);
            }
        var x = idx.Select(k => table.GrossOutput[k]).ToArray();
        var sub = MrioTable.Create("wiod2013-sub", 2011, TableSource.InMemory("7 nodes of WIOD 2013 2011"), labels.Select(l => NodeLabel.Parse(l)).ToArray(), z,
            [new FinalDemandColumn("WLD", "FD")], new double[n, 1].Fill(1.0), x);
        var engine = PassThroughFrequency.For(sub, "CHN");
        var region = new[] { 1, 2, 3 };
        foreach (var sink in new[] { 5, 6 })
        {
            var pair = engine.Pair(0, sink);
            // Prune relative to the route weight of the pair (b_ij of the sub-network is of order 1e-3).
            var walks = WalkEnumeration.Pruned(a, 0, sink, pair.LeontiefBij * 1e-9, region);
            Assert.True(walks.Walks > 1000, $"{walks.Walks} walks");
            Assert.Equal(pair.LeontiefBij, walks.TotalWeight, pair.LeontiefBij * 1e-4);
            Assert.True(pair.Ptf > 0.05, $"PTF {pair.Ptf} too small to be a meaningful check");
            Assert.Equal(pair.Ptf!.Value, walks.Ptf(region), 1e-3);
            Assert.Equal(pair.Theta!.Value, walks.Theta, 1e-3);
        }
    }
}

internal static class ArrayFill
{
    public static double[,] Fill(this double[,] array, double value)
    {
        for (var i = 0; i < array.GetLength(0); i++)
            for (var j = 0; j < array.GetLength(1); j++) array[i, j] = value;
        return array;
    }
}
