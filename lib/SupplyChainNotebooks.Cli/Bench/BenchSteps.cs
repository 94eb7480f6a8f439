using System.Globalization;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Cli.Bench;

/// <summary>A PTF configuration of the bench: source, sink and risk sets (K-A style: few sources, two sink countries).</summary>
/// <param name="Sources">Source set expression.</param>
/// <param name="Sinks">Sink set expression.</param>
/// <param name="Risk">Risk region expression.</param>
internal sealed record BenchConfiguration(string Sources, string Sinks, string Risk);

/// <summary>The measured steps shared by the synthetic and the real-data bench, and per-phase peak memory.</summary>
internal sealed class BenchSteps(BenchReport report, int repeat, TextWriter progress)
{
    private long _peak;
    private string _peakPhase = "";

    /// <summary>Resident set when the first phase started (the runtime and code, before any table).</summary>
    public long BaselineBytes { get; private set; }

    /// <summary>Largest per-phase peak resident set seen so far.</summary>
    public long PeakBytes => _peak;

    /// <summary>Peak resident set of every phase, in order ("parse 812 MB", …).</summary>
    public string PhasePeaks => string.Join(", ", _phases);

    private readonly List<string> _phases = [];

    /// <summary>Phase in which <see cref="PeakBytes"/> occurred.</summary>
    public string PeakPhase => _peakPhase;

    /// <summary>True when per-phase peaks could be measured (Linux clear_refs).</summary>
    public bool PerPhasePeaks { get; private set; } = true;

    /// <summary>Runs a phase after releasing earlier data, recording its peak resident memory.</summary>
    public T Phase<T>(string name, Func<T> body)
    {
        progress.WriteLine($"bench: {name}…");
        BenchClock.Settle();
        PerPhasePeaks &= BenchClock.ResetPeak();
        if (BaselineBytes == 0) BaselineBytes = BenchClock.PeakResidentBytes();
        var result = body();
        var peak = BenchClock.PeakResidentBytes();
        _phases.Add($"{name} {peak / 1e6:0} MB");
        if (peak > _peak) { _peak = peak; _peakPhase = name; }
        return result;
    }

    /// <summary>Median time of a step.</summary>
    public double Time(Action step, Action? prepare = null) => BenchClock.Median(repeat, step, prepare);

    /// <summary>(I − A) row-major from the public table API (a_ik = z_ik / x_k, zero-output columns zero).</summary>
    public static double[] IMinusA(MrioTable table)
    {
        var n = table.NodeCount;
        var m = new double[n * n];
        var inv = table.GrossOutput.Select(x => x == 0 ? 0 : 1 / x).ToArray();
        Parallel.For(0, n, i =>
        {
            var row = table.IntermediateRow(i);
            var dst = m.AsSpan(i * n, n);
            for (var k = 0; k < n; k++) dst[k] = -row[k] * inv[k];
            dst[i] += 1;
        });
        return m;
    }

    /// <summary>
    /// Pure LU time of every available backend; solve and inverse times of the active one. Consumes
    /// <paramref name="matrix"/> (it is factored in place at the end) so the phase holds at most three n × n arrays
    /// besides the table.
    /// </summary>
    public void Factor(double[] matrix, int n)
    {
        var active = LinearAlgebraBackends.Current;
        IDenseLuBackend[] backends = OpenBlasLuBackend.IsAvailable ? [ManagedLuBackend.Instance, OpenBlasLuBackend.Instance] : [ManagedLuBackend.Instance];
        var work = new double[matrix.Length];
        foreach (var backend in backends)
        {
            var seconds = Time(() => backend.Factor(work, n), () => matrix.CopyTo(work, 0));
            report.Set($"{backend.Name}FactorSeconds", seconds, $"LU of (I − A), {backend.Name} backend, median of {repeat}");
            if (backend.Name == active.Name) report.Set("factorSeconds", seconds, $"LU of (I − A) with the active backend ({active.Name})");
        }
        var lu = active.Factor(matrix, n);
        var rng = new Random(1);
        var b = new double[n * 100];
        for (var i = 0; i < b.Length; i++) b[i] = rng.NextDouble();
        report.Set("solve100Seconds", Time(() => lu.Solve(work, 100, false), () => b.CopyTo(work, 0)), "solve with 100 right-hand sides after the factorisation");
        report.Set("inverseSolveSeconds", Time(() => lu.Solve(work, n, true), () =>
        {
            Array.Clear(work);
            for (var i = 0; i < n; i++) work[i * n + i] = 1;
        }), "the n solves that turn the factors into B (Inverse() without the factorisation)");
    }

    /// <summary>K-A-style configuration after load: factorisation, extraction factorisation for θ, per-sink aggregates.</summary>
    public double Configuration(MrioTable table, BenchConfiguration config, out int sinks)
    {
        var sourceSet = NodeSet.Resolve(table, config.Sources);
        var sinkSet = NodeSet.Resolve(table, config.Sinks);
        var riskSet = NodeSet.Resolve(table, config.Risk);
        IReadOnlyList<SetAggregate> result = [];
        var seconds = Time(() =>
        {
            var engine = new PassThroughFrequency(LeontiefSolver.Factor(table), riskSet);
            result = engine.PerSink(sourceSet, sinkSet);
        });
        sinks = result.Count;
        if (result.All(r => r.Ptf is null)) throw new Errors.NumericalException($"bench configuration {config} gave no defined PTF");
        return seconds;
    }

    /// <summary>
    /// Full-pair PTF ranking for one risk region with the engine of <c>scn ptf top</c> (<see cref="FullPairRanking"/>):
    /// factorisation, B through the factorisation, every pair with the source outside R, top 100, details for the listed
    /// pairs.
    /// </summary>
    public double Ranking(MrioTable table, string risk, out FullPairResult ranking)
    {
        var riskSet = NodeSet.Resolve(table, risk);
        FullPairResult? last = null;
        var seconds = Time(() => last = FullPairRanking.Compute(LeontiefSolver.Factor(table), riskSet, new FullPairOptions { Top = 100 }));
        ranking = last!;
        return seconds;
    }

    /// <summary>Describes a ranked pair.</summary>
    public static string Describe(RankedPair p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Source} → {p.Sink} PTF {p.Ptf:F4}");
}
