using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;
using SupplyChainNotebooks.Performance;
using Xunit;

namespace SupplyChainNotebooks.Tests.Numerics;

/// <summary>
/// Multi-right-hand-side solves of <see cref="LeontiefSolver"/> against one-vector solves (a second path through the
/// factorisation), with and without extraction, and the PTF block computation's column path (many sources, few sinks:
/// batched solves) against pair-by-pair results (row path).
/// </summary>
public sealed class LeontiefSolverBatchTests
{
    private static readonly MrioTable s_table = SyntheticIcioTable.Create(countries: 6, industries: 9, seed: 12);

    public static TheoryData<string> Backends => new() { "managed", "openblas" };

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void SolveColumnsAndRowsEqualOneAtATime(string backend)
    {
        Skip.If(backend == "openblas" && !OpenBlasLuBackend.IsAvailable, "libopenblas.so.0 not installed");
        var lu = LinearAlgebraBackends.FromName(backend);
        foreach (var solver in new[] { LeontiefSolver.Factor(s_table, lu), LeontiefSolver.FactorWithout(s_table, s_table.NodesOf("C02"), lu) })
        {
            var rng = new Random(3);
            var vectors = Enumerable.Range(0, 23).Select(_ => Enumerable.Range(0, s_table.NodeCount).Select(_ => rng.NextDouble()).ToArray()).ToArray();
            var columns = solver.SolveColumns(vectors);
            var rows = solver.SolveRows(vectors);
            for (var t = 0; t < vectors.Length; t++)
            {
                AssertClose(solver.SolveColumn(vectors[t]), columns[t]);
                AssertClose(solver.SolveRow(vectors[t]), rows[t]);
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void SchurExtractionEqualsRefactoring(string backend)
    {
        // Oracle: a fresh factorisation of (I − A) with the nodes deleted (FactorWithout).
        Skip.If(backend == "openblas" && !OpenBlasLuBackend.IsAvailable, "libopenblas.so.0 not installed");
        var lu = LinearAlgebraBackends.FromName(backend);
        var full = LeontiefSolver.Factor(s_table, lu);
        foreach (var extracted in new[] { s_table.NodesOf("C02").ToArray(), [0, 17, 53], [5] })
        {
            var schur = full.Without(extracted);
            var direct = LeontiefSolver.FactorWithout(s_table, extracted, lu);
            Assert.Equal(direct.Extracted.ToArray(), schur.Extracted.ToArray());
            var nodes = Enumerable.Range(0, s_table.NodeCount).ToArray();
            var schurRows = schur.Rows(nodes);
            var directRows = direct.Rows(nodes);
            var schurColumns = schur.Columns(nodes);
            var directColumns = direct.Columns(nodes);
            for (var i = 0; i < nodes.Length; i++)
            {
                AssertClose(directRows[i], schurRows[i]);
                AssertClose(directColumns[i], schurColumns[i]);
            }
            var y = s_table.FinalDemandTotal.ToArray();
            AssertClose(direct.SolveColumn(y), schur.SolveColumn(y));
            AssertClose(direct.SolveRow(y), schur.SolveRow(y));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Backends))]
    public void SingularLeontiefMatrixNamesTheNode(string backend)
    {
        // A_Y and B_Z only sell to each other and buy only from each other (a = 1 both ways): (I − A) is singular (elimination
        // would run out of pivots at B_Z's column); the closed block is found before factoring and both nodes are named.
        Skip.If(backend == "openblas" && !OpenBlasLuBackend.IsAvailable, "libopenblas.so.0 not installed");
        var table = MrioTable.Create("loop", null, TableSource.InMemory("closed loop"),
            [new NodeLabel("A", "X"), new NodeLabel("A", "Y"), new NodeLabel("B", "Z")],
            new double[,] { { 1, 0, 0 }, { 0, 0, 10 }, { 0, 10, 0 } },
            [new FinalDemandColumn("A", "FD")], new double[,] { { 9 }, { 0 }, { 0 } }, [10.0, 10.0, 10.0]);
        var e = Assert.Throws<Errors.NumericalException>(() => LeontiefSolver.Factor(table, LinearAlgebraBackends.FromName(backend)));
        Assert.Equal(["A_Y", "B_Z"], e.Nodes);
        Assert.Contains("A_Y, B_Z", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnPathOfPairsEqualsPairByPair()
    {
        var engine = new PassThroughFrequency(LeontiefSolver.Factor(s_table), NodeSet.Resolve(s_table, "C03"));
        var sources = NodeSet.Resolve(s_table, "C01+C02+C04");                  // 27 sources > 2 sinks: column path
        var sinks = NodeSet.Resolve(s_table, "C05_D01+C06_D04");
        var pairs = engine.Pairs(sources, sinks);
        Assert.Equal(54, pairs.Count);
        foreach (var p in pairs)
        {
            var single = engine.Pair(p.Source, p.Sink);
            Assert.Equal(single.LeontiefBij, p.LeontiefBij, 1e-13);
            Assert.Equal(single.Ptf!.Value, p.Ptf!.Value, 1e-12);
            Assert.Equal(single.Theta!.Value, p.Theta!.Value, 1e-12);
            Assert.Equal(single.Apl!.Value, p.Apl!.Value, 1e-11);
            Assert.Equal(single.Phi!.Value, p.Phi!.Value, 1e-12);
        }
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 1e-12 * Math.Max(1, Math.Abs(expected[i])));
    }
}
