using System.Collections.Immutable;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>One attempt to reproduce a published 2020 ranking under one endpoint convention.</summary>
/// <param name="Convention">Endpoint convention used.</param>
/// <param name="Result">The computed ranking.</param>
/// <param name="Comparison">Agreement with the published figure.</param>
public sealed record ReproductionRun(EndpointConvention Convention, FullPairResult Result, PublishedComparison Comparison);

/// <summary>
/// The reproduction recipe of methodology §3.2 in one call: OECD ICIO 2023 year 2020, R = every industry of JPN (sinks
/// outside Japan) or CHN (sinks anywhere, every endpoint convention), top 20 pairs with TiVA ≥ 300 M USD, compared with
/// the published figure. When the table is absent the result says so and how to fetch it instead of failing.
/// </summary>
/// <param name="Risk">JPN or CHN.</param>
/// <param name="Dataset">Dataset id tried.</param>
/// <param name="Year">Year tried.</param>
/// <param name="Available">False when the table is not in the data folders.</param>
/// <param name="Message">Why it is unavailable and how to obtain it (the <see cref="DatasetNotFoundException"/> message), or null.</param>
/// <param name="Runs">One run per convention tried (empty when unavailable).</param>
public sealed record PublishedReproduction(
    string Risk,
    string Dataset,
    int Year,
    bool Available,
    string? Message,
    ImmutableArray<ReproductionRun> Runs)
{
    /// <summary>Runs the recipe for <paramref name="risk"/> (JPN or CHN).</summary>
    /// <param name="risk">JPN or CHN.</param>
    /// <param name="datasetId">Dataset (default icio2023).</param>
    /// <param name="year">Year (default 2020).</param>
    /// <param name="minTivaMusd">TiVA filter (default 300, inferred from the published values).</param>
    /// <param name="folders">Data folders.</param>
    public static PublishedReproduction Run(string risk, string datasetId = "icio2023", int year = 2020, double minTivaMusd = 300, DataFolder? folders = null)
    {
        var published = PublishedPtfRanking.For(risk);
        if (published.IsEmpty) throw new UnknownLabelException("published ranking", risk, "methodology §3.2 (Figures 9–10)", ["JPN", "CHN"]);
        MrioTable table;
        try
        {
            table = TableLoader.Load(datasetId, year, folders);
        }
        catch (DatasetNotFoundException e)
        {
            return new PublishedReproduction(risk, datasetId, year, false, e.Message, []);
        }
        var solver = LeontiefSolver.Factor(table);
        var region = NodeSet.Resolve(table, risk);
        var japan = string.Equals(risk, "JPN", StringComparison.OrdinalIgnoreCase);
        EndpointConvention[] conventions = japan ? [EndpointConvention.Inclusive] : Enum.GetValues<EndpointConvention>();
        var runs = conventions.Select(c =>
        {
            var result = FullPairRanking.Compute(solver, region, new FullPairOptions
            {
                Top = published.Length, MinTivaFlowMusd = minTivaMusd, Convention = c, ExcludeSinkCountry = japan,
            });
            return new ReproductionRun(c, result, PublishedComparison.Compare(result, published)!);
        }).ToImmutableArray();
        return new PublishedReproduction(risk, datasetId, year, true, null, runs);
    }
}
