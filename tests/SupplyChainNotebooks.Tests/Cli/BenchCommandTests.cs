using System.Text.Json;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Cli;
using SupplyChainNotebooks.Cli.Bench;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Cli;

/// <summary>
/// The bench's full-pair ranking computation against the PTF engine pair by pair and against exact rationals (toy
/// world), and a quick smoke run of <c>scn bench</c> on a small synthetic table checking the JSON contract (no timing
/// assertions: speed targets live in the bench output, not in tests).
/// </summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void FullPairRankingMatchesEngineAndExactCount()
    {
        var table = ToyWorld.Table();
        var risk = NodeSet.Resolve(table, "CHN");
        var solver = LeontiefSolver.Factor(table);
        var ranking = FullPairPtfReference.Rank(solver, risk, top: 100);
        // Exact count of ordered pairs i ≠ j with a route (b_ij > 0) from the rational inverse.
        var exact = ToyWorld.ExactB;
        var routes = 0;
        for (var i = 0; i < 6; i++) for (var j = 0; j < 6; j++) if (i != j && exact[i, j].ToDouble() > 0) routes++;
        Assert.Equal(routes, ranking.PairsWithRoute);
        Assert.Equal(routes, ranking.Top.Count);
        var engine = new PassThroughFrequency(solver, risk);
        for (var t = 0; t < ranking.Top.Count; t++)
        {
            var p = ranking.Top[t];
            Assert.Equal(engine.Pair(p.Source, p.Sink).Ptf!.Value, p.Ptf, 1e-12);
            if (t > 0) Assert.True(ranking.Top[t - 1].Ptf >= p.Ptf);
        }
        // The published AUS_MIN → KOR_MAN value (methodology §2.2) is among them.
        var aus = ranking.Top.Single(p => p.Source == 0 && p.Sink == 5);
        Assert.Equal(4660507544110.0 / 6894255163439.0, aus.Ptf, 1e-12);
    }

    [Fact]
    public void SmallBenchRunWritesTheJsonContract()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(["bench", "--n", "135", "--repeat", "1", "--skip", "series", "--format", "json"], output, error);
        Assert.True(code == 0, error.ToString());
        using var json = JsonDocument.Parse(output.ToString().Trim());
        var root = json.RootElement;
        Assert.Equal(135, root.GetProperty("n").GetInt32());
        Assert.Equal(LinearAlgebraBackends.Current.Name, root.GetProperty("backend").GetString());
        foreach (var field in new[] { "factorSeconds", "kaSeconds", "rankingSeconds", "parseSeconds", "cachedLoadSeconds" })
            Assert.True(root.GetProperty(field).GetDouble() > 0, field);
        Assert.True(root.GetProperty("peakMemoryBytes").GetInt64() > 0);
        // Not requested: present and null.
        Assert.Equal(JsonValueKind.Null, root.GetProperty("numpySolveSeconds").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("ratioFactorToNumpySolve").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("seriesSeconds").ValueKind);
    }
}
