using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Model;

/// <summary>
/// Aggregation by concordance files: every cell of the aggregated Z, F, x, value added, taxes and other primary rows is
/// the sum of the original cells mapped to it (checked cell by cell against an independent accumulation over the node
/// map), coverage is validated with the missing codes named, and chains of concordances compose.
/// </summary>
public sealed class ConcordanceAggregationTests
{
    /// <summary>A synthetic two-country table labelled like an ICIO 2023 CSV (KOR_A01_02 …), with every primary row.</summary>
    internal static MrioTable IcioLikeTable(params string[] extraIndustries)
    {
        var c = ConcordanceLibrary.Get("icio45-to-adb35");
        var industries = c.Entries.Where(e => e.Note!.StartsWith("ICIO 2023", StringComparison.Ordinal)).Select(e => e.From).Concat(extraIndustries).ToArray();
        string[] countries = ["KOR", "CHN"];
        var nodes = countries.SelectMany(ct => industries.Select(i => new NodeLabel(ct, i))).ToArray();
        var n = nodes.Length;
        var fd = countries.SelectMany(ct => new[] { "HFCE", "GFCF" }.Select(cat => new FinalDemandColumn(ct, cat))).ToArray();
        var z = new double[n * n];
        var f = new double[n * fd.Length];
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < n; k++) z[i * n + k] = (i * 31 + k * 17) % 23 == 0 ? 0 : ((i * 31 + k * 17) % 23) * 0.125;
            for (var cc = 0; cc < fd.Length; cc++) f[i * fd.Length + cc] = 5 + (i + 3 * cc) % 11 - (cc == 1 && i % 7 == 0 ? 9 : 0);
            x[i] = z.AsSpan(i * n, n).ToArray().Sum() + f.AsSpan(i * fd.Length, fd.Length).ToArray().Sum();
        }
        var colSum = new double[n];
        for (var i = 0; i < n; i++) for (var k = 0; k < n; k++) colSum[k] += z[i * n + k];
        var tls = Enumerable.Range(0, n).Select(k => 0.5 + k % 3).ToArray();
        var margins = Enumerable.Range(0, n).Select(k => k % 4 == 0 ? -0.25 : 0.125).ToArray();
        var va = Enumerable.Range(0, n).Select(k => x[k] - colSum[k] - tls[k] - margins[k]).ToArray();
        return new MrioTable("icio2023", 2019, TableSource.InMemory("ICIO-2023-labelled test table"), nodes, z, fd, f, x, va, tls,
            new Dictionary<string, double[]> { ["MRG"] = margins });
    }

    /// <summary>Checks every aggregated cell against the sum of its original cells.</summary>
    internal static void AssertCellsAreSums(AggregatedTable a)
    {
        var o = a.Original;
        var t = a.Table;
        int Target(int i) => t.IndexOf(a.NodeMap[o.Nodes[i].Label]);
        var targetOf = Enumerable.Range(0, o.NodeCount).Select(Target).ToArray();
        var fdTarget = o.FinalDemandColumns.Select(col =>
        {
            var members = o.NodesOf(col.Country);
            var country = t.Nodes[targetOf[members[0]]].Country; // the destination follows its country's nodes
            return t.FinalDemandColumns.ToList().FindIndex(q => string.Equals(q.Country, country, StringComparison.OrdinalIgnoreCase) && q.Category == col.Category);
        }).ToArray();
        Assert.DoesNotContain(-1, fdTarget);
        var n2 = t.NodeCount;
        var z = new double[n2, n2];
        var f = new double[n2, t.FinalDemandColumns.Length];
        var x = new double[n2];
        var va = new double[n2];
        var tls = new double[n2];
        var others = t.OtherPrimaryInputs.Keys.ToDictionary(k => k, _ => new double[n2]);
        for (var i = 0; i < o.NodeCount; i++)
        {
            for (var k = 0; k < o.NodeCount; k++) z[targetOf[i], targetOf[k]] += o.Intermediate(i, k);
            for (var c = 0; c < o.FinalDemandColumns.Length; c++) f[targetOf[i], fdTarget[c]] += o.FinalDemand(i, c);
            x[targetOf[i]] += o.GrossOutput[i];
            va[targetOf[i]] += o.ValueAdded!.Value[i];
            tls[targetOf[i]] += o.TaxesLessSubsidies!.Value[i];
            foreach (var (key, row) in o.OtherPrimaryInputs) others[key][targetOf[i]] += row[i];
        }
        static void Near(double expected, double actual) => Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"{expected} vs {actual}");
        for (var i = 0; i < n2; i++)
        {
            for (var k = 0; k < n2; k++) Near(z[i, k], t.Intermediate(i, k));
            for (var c = 0; c < t.FinalDemandColumns.Length; c++) Near(f[i, c], t.FinalDemand(i, c));
            Near(x[i], t.GrossOutput[i]);
            Near(va[i], t.ValueAdded!.Value[i]);
            Near(tls[i], t.TaxesLessSubsidies!.Value[i]);
            foreach (var (key, row) in others) Near(row[i], t.OtherPrimaryInputs[key][i]);
        }
        // Grand totals.
        Near(o.GrossOutput.Sum(), t.GrossOutput.Sum());
        Near(Enumerable.Range(0, o.NodeCount).Sum(i => o.IntermediateRow(i).ToArray().Sum()), Enumerable.Range(0, n2).Sum(i => t.IntermediateRow(i).ToArray().Sum()));
        Near(o.FinalDemandTotal.Sum(), t.FinalDemandTotal.Sum());
        Near(o.ValueAdded!.Value.Sum(), t.ValueAdded!.Value.Sum());
        Assert.Equal(o.OtherPrimaryInputs.Keys.Order(), t.OtherPrimaryInputs.Keys.Order());
        // Identities survive: the balance errors of the aggregate are sums of the original ones (here both ~0).
        Assert.True(t.Balance().MaxColumnError <= o.Balance().MaxColumnError!.Value * t.NodeCount + 1e-6);
    }

    [Fact]
    public void IcioToThirtyFiveThenTenPreservesEveryCellSum()
    {
        var table = IcioLikeTable();
        var a = ConcordanceAggregation.Apply(table, ConcordanceLibrary.Parse("icio45-to-adb35,wiod35-to-10"));
        Assert.Equal(2 * 45, table.NodeCount);
        Assert.Equal(2 * 10, a.Table.NodeCount);
        Assert.Equal(["KOR_S01", "KOR_S02"], a.Table.Nodes.Take(2).Select(nd => nd.Label));
        Assert.Equal(2, a.Steps.Count);
        Assert.Equal((90, 64), (a.Steps[0].NodesBefore, a.Steps[0].NodesAfter)); // 32 of the 35 sectors receive an ICIO industry
        Assert.Contains("G", a.Steps[0].ApproximateCodes);
        Assert.Equal(90, a.Steps[0].UnmatchedCodes.Count); // the D-code and 2021 forms are listed but not in a 2023 table
        Assert.Equal("KOR_S05", a.NodeMap["KOR_C26"]);
        AssertCellsAreSums(a);
        var oneStep = ConcordanceAggregation.Apply(table, ConcordanceLibrary.Get("icio45-to-adb35"));
        AssertCellsAreSums(oneStep);
        Assert.Equal("CHN_c14", oneStep.NodeMap["CHN_C27"]);
    }

    [Fact]
    public void MissingIndustryCodesAreNamed()
    {
        var table = IcioLikeTable("X99", "C24A");
        var e = Assert.Throws<ConcordanceCoverageException>(() => ConcordanceAggregation.Apply(table, ConcordanceLibrary.Get("icio45-to-adb35")));
        Assert.Equal(["X99", "C24A"], e.Missing);
        Assert.Contains("icio45-to-adb35", e.Message);
        Assert.Contains("icio2023 2019", e.Message);
        Assert.Contains("missing 2 code(s): X99, C24A", e.Message);

        var none = Assert.Throws<ConcordanceCoverageException>(() => ConcordanceAggregation.Apply(ToyWorld.Table(), ConcordanceLibrary.Get("asean")));
        Assert.Contains("none of its 10 country codes occur in the table", none.Message);
    }

    [Fact]
    public void CountryGroupsMergeNodesAndFinalDemandOfTheirMembers()
    {
        var table = IcioLikeTable();
        const string text = "# concordance: test group\n# dimension: country\n# applies-to: *\nfrom,to\nKOR,KCN\nCHN,KCN\nJPN,KCN\n";
        var c = Concordance.Parse(new StringReader(text), "kcn", "kcn.csv");
        var a = ConcordanceAggregation.Apply(table, c);
        Assert.Equal(new[] { "KCN" }, a.Table.Countries.ToArray());
        Assert.Equal(45, a.Table.NodeCount);
        Assert.Equal(2, a.Table.FinalDemandColumns.Length); // KCN_HFCE, KCN_GFCF
        Assert.Equal(["JPN"], a.Steps[0].UnmatchedCodes);
        AssertCellsAreSums(a);
    }
}
