using System.Collections;
using System.Reflection;
using System.Text.Json;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using SupplyChainNotebooks.Tests.Cli;
using SupplyChainNotebooks.Tests.Io;
using SupplyChainNotebooks.Tests.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Analysis;

/// <summary>
/// NaN never flows into a result: on a table with a zero-output node, a node without final demand, an isolated node (no
/// route to or from anyone) and a risk node, every indicator of every pair, aggregate, per-sink aggregate, decomposition,
/// full-pair ranking and sink ranking is finite or null ("n/a") — checked on every double property by reflection — and
/// the undefined ones are exactly the ones that must be undefined. The CLI's JSON carries null, never NaN.
/// </summary>
public sealed class UndefinedValuesTests
{
    // A sells to B; R (risk) sells to A; N (no final demand) sells to B; Z has zero output; I trades with nobody.
    private static readonly string[] Labels = ["AUS_A", "AUS_B", "KOR_Z", "KOR_I", "JPN_R", "JPN_N"];
    private const int A = 0, B = 1, Z = 2, I = 3, R = 4, N = 5;

    private static MrioTable World() => SingularTableTests.Table(Labels, new double[,]
    {
        { 1, 2, 0, 0, 0, 0 },
        { 0, 0, 0, 0, 0, 0 },
        { 0, 0, 0, 0, 0, 0 },
        { 0, 0, 0, 0, 0, 0 },
        { 3, 0, 0, 0, 0, 0 },
        { 0, 1, 0, 0, 0, 0 },
    }, [5, 10, 0, 4, 2, 0], "undefined-test");

    /// <summary>Asserts every double (and double?) reachable from <paramref name="value"/> is finite (or null).</summary>
    private static int AssertFinite(object? value, string path, int depth = 0)
    {
        if (value is null || depth > 6) return 0;
        switch (value)
        {
            case double d:
                Assert.True(double.IsFinite(d), $"{path} = {d}");
                return 1;
            case string or bool or int or long or Enum:
                return 0;
            case IDictionary dictionary:
                return dictionary.Keys.Cast<object>().Sum(k => AssertFinite(dictionary[k], $"{path}[{k}]", depth + 1));
            case IEnumerable list:
                return list.Cast<object?>().Select((x, i) => AssertFinite(x, $"{path}[{i}]", depth + 1)).Sum();
        }
        var type = value.GetType();
        if (type.Namespace?.StartsWith("SupplyChainNotebooks", StringComparison.Ordinal) != true || value is MrioTable or NodeSet or LeontiefSolver or PassThroughFrequency)
            return 0;
        var count = 0;
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.GetIndexParameters().Length > 0) continue;
            count += AssertFinite(p.GetValue(value), $"{path}.{p.Name}", depth + 1);
        }
        return count;
    }

    [Fact]
    public void EveryPairIndicatorIsFiniteOrNullAndTheUndefinedOnesAreNull()
    {
        var table = World();
        var engine = new PassThroughFrequency(LeontiefSolver.Factor(table), NodeSet.Resolve(table, "JPN_R"));
        var checkedValues = 0;
        for (var i = 0; i < table.NodeCount; i++)
            for (var j = 0; j < table.NodeCount; j++)
                checkedValues += AssertFinite(engine.Pair(i, j), $"pair {Labels[i]}→{Labels[j]}");
        Assert.True(checkedValues > 36 * 3, $"{checkedValues} values checked");

        // No route: every frequency indicator undefined, never 0.
        foreach (var (i, j) in new[] { (Z, A), (A, Z), (I, A), (A, I), (B, A) })
        {
            var p = engine.Pair(i, j);
            Assert.Equal(0, p.LeontiefBij);
            Assert.Null(p.Ptf);
            Assert.Null(p.Theta);
            Assert.Null(p.Kappa);
            Assert.Null(p.Phi);
            Assert.Null(p.Apl);
        }
        // Routes that exist: R → A → B passes R; N → B does not touch R (θ = 0, κ undefined).
        var rb = engine.Pair(R, B);
        Assert.NotNull(rb.Ptf);
        var nb = engine.Pair(N, B);
        Assert.Equal(0, nb.Ptf);
        Assert.Equal(0, nb.Theta);
        Assert.Null(nb.Kappa);
        // TiVA flow into a sink without final demand is exactly 0, not NaN.
        Assert.Equal(0, engine.Pair(R, N).TivaFlowMusd);
    }

    [Fact]
    public void AggregatesPerSinkResultsAndDecompositionsAreFiniteOrNull()
    {
        var table = World();
        var engine = new PassThroughFrequency(LeontiefSolver.Factor(table), NodeSet.Resolve(table, "JPN_R"),
            PtfOptions.Default with { ExcludeSelfPairs = false });
        var all = NodeSet.Resolve(table, "AUS+KOR+JPN");
        var nowhere = NodeSet.Resolve(table, "KOR_Z");
        var isolated = NodeSet.Resolve(table, "KOR_I");
        foreach (var weighting in Enum.GetValues<AggregateWeighting>())
        {
            AssertFinite(engine.Pairs(all, all), $"pairs {weighting}");
            AssertFinite(engine.Aggregate(all, all, weighting), $"aggregate {weighting}");
            AssertFinite(engine.PerSink(all, all, weighting), $"per sink {weighting}");
            AssertFinite(engine.Decompose(all, all, weighting), $"decomposition {weighting}");
            AssertFinite(engine.DecomposePerSink(all, all, weighting), $"decomposition per sink {weighting}");
            var none = engine.Aggregate(nowhere, isolated, weighting);
            Assert.Null(none.Ptf);
            Assert.Null(none.Theta);
            Assert.Null(none.Kappa);
            Assert.Null(none.Phi);
            Assert.Null(none.Apl);
            Assert.Equal(0, none.PairsUsed);
            Assert.Equal(0, none.TivaFlowMusd);
        }
        Assert.Null(engine.ValueAddedShare(nowhere));          // no final demand in T: VS undefined
        Assert.Null(engine.ValueAddedShare(NodeSet.Resolve(table, "JPN_N")));
        var e = Assert.Throws<NumericalException>(() => engine.TivaWeightedClosedForm(nowhere, isolated));
        Assert.Contains("undefined", e.Message);
        AssertFinite(CoefficientDiagnostics.Of(table, estimateSpectralRadius: true), "diagnostics");
    }

    [Fact]
    public void RankingsAreFiniteOrNull()
    {
        var table = World();
        var solver = LeontiefSolver.Factor(table);
        var risk = NodeSet.Resolve(table, "JPN_R");
        var full = FullPairRanking.Compute(solver, risk, new FullPairOptions { Top = 100, ExcludeSinkCountry = false });
        Assert.NotEmpty(full.Pairs);
        AssertFinite(full, "full-pair ranking");
        Assert.DoesNotContain(full.Pairs, p => p.Sink == "KOR_Z" || p.Source == "KOR_Z" || p.Sink == "KOR_I" || p.Source == "KOR_I");
        var engine = new PassThroughFrequency(solver, risk);
        var all = NodeSet.Resolve(table, "AUS+KOR+JPN");
        var sinks = SinkRanking.Compute(engine, all, all, "undefined-test");
        AssertFinite(sinks, "sink ranking");
        Assert.Contains(sinks.Rows, r => r.Sink == "KOR_Z" && r.Ptf is null && r.Rank is null);
    }

    [Fact]
    public void TheCliJsonCarriesNullNeverNaN()
    {
        // The same world with WIOD 2013 codes (C01T05 = A/Z/R, C10T14 = B/I/N) through `scn ptf --format json`.
        var folder = Fixtures.ScratchFolder();
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "wiod2013"));
            var csv = new IcioCsvText(["AUS_C01T05", "AUS_C10T14", "KOR_C01T05", "KOR_C10T14", "JPN_C01T05", "JPN_C10T14"], World());
            File.WriteAllText(Path.Combine(folder, "wiod2013", "WIOD2013_2011.csv.gz"), csv.Text);
            var (code, stdout, stderr) = CliFailureTests.Run("ptf", "--dataset", "wiod2013", "--year", "2011", "--source", "AUS+KOR+JPN", "--sink", "AUS+KOR+JPN",
                "--risk", "JPN_C01T05", "--format", "json", "--data", folder);
            Assert.True(code == 0, stderr);
            Assert.DoesNotContain("NaN", stdout, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Infinity", stdout, StringComparison.OrdinalIgnoreCase);
            var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(6 * 5 + 1, rows.Length);                  // pairs i ≠ j and the aggregate
            foreach (var row in rows)
                foreach (var field in row.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Number))
                    Assert.True(double.IsFinite(field.Value.GetDouble()), $"{field.Name} = {field.Value}");
            var noRoute = rows.Single(r => r.GetProperty("source").GetString() == "KOR_C01T05" && r.GetProperty("sink").GetString() == "AUS_C10T14");
            foreach (var name in new[] { "ptf", "theta", "kappa", "phi", "apl" })
                Assert.Equal(JsonValueKind.Null, noRoute.GetProperty(name).ValueKind);
            Assert.Equal(0, noRoute.GetProperty("tivaFlow").GetDouble());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>An in-memory table written in the ICIO CSV layout under other node labels (same order).</summary>
internal sealed class IcioCsvText(string[] labels, MrioTable table)
{
    public string Text
    {
        get
        {
            string S(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            var n = table.NodeCount;
            var sb = new System.Text.StringBuilder("V1," + string.Join(",", labels) + ",WLD_HFCE,OUT\n");
            for (var i = 0; i < n; i++)
                sb.Append(labels[i]).Append(',').Append(string.Join(",", table.IntermediateRow(i).ToArray().Select(S)))
                  .Append(',').Append(S(table.FinalDemandRow(i).ToArray().Sum())).Append(',').Append(S(table.GrossOutput[i])).Append('\n');
            var colSums = table.ColumnSumsOfZ();
            sb.Append("VA,").Append(string.Join(",", Enumerable.Range(0, n).Select(k => S(table.GrossOutput[k] - colSums[k])))).Append(",,\n");
            sb.Append("OUT,").Append(string.Join(",", table.GrossOutput.Select(S))).Append(",,\n");
            return sb.ToString();
        }
    }
}
