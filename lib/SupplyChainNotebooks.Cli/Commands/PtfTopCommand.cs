using System.Diagnostics;
using System.Globalization;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Cli.Output;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary>
/// <c>scn ptf top</c>: the full-pair PTF ranking of methodology §3.2 (every source–sink node pair with the source outside
/// R), compared with the published 2020 rankings when R is JPN or CHN.
/// </summary>
public sealed class PtfTopCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "ptf top";

    /// <inheritdoc />
    public string Summary => "rank all source–sink node pairs by PTF (sources outside R, TiVA filter) and compare with the published 2020 tables";

    /// <inheritdoc />
    public string Details => """
        example: ./scn ptf top --dataset icio2023 --year 2020 --risk JPN --min-tiva 300               (Figure 9 recipe)
                 ./scn ptf top --dataset icio2023 --year 2020 --risk CHN --min-tiva 300 --sinks anywhere (Figure 10 recipe)
        The published rankings (Japan MoF, Finance No. 711, Feb 2025; methodology §3.2) list the top 20 pairs of OECD
        ICIO 2020 with a TiVA flow of about 300 M USD or more: for risk JPN only sinks outside Japan, for risk CHN sinks
        anywhere. When R is JPN or CHN the output shows the published sink and PTF at each rank and counts the
        agreement; ranks, sinks and PTFs are legible in the source, its value-added sources and TiVA column are not.
        Without the OECD ICIO 2023 files, the command says where they were looked for and how to fetch them
        ('./scn data fetch icio2023 --years 2020').
        B is formed once from the LU factorisation and (B D_R B) ⊘ B is evaluated row by row (memory: B plus one row
        per thread). θ, κ, φ, APL and VS of the listed pairs come from the pair engine (--no-details skips them).
        """;

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        CommonOptions.Dataset, CommonOptions.Year, CommonOptions.Risk, CommonOptions.MinTiva, CommonOptions.Convention,
        new("--top", "N", "number of pairs listed (default 20)"),
        new("--sinks", "SCOPE", "outside (default: sinks outside the risk countries, the Japan table) or anywhere (the China table)"),
        new("--no-details", null, "skip θ, κ, φ, APL and VS of the listed pairs"),
        OutputFormats.Option,
    ];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        var entry = DataCatalog.Default.Get(args.String("--dataset", CommonOptions.DefaultDataset)!);
        var year = args.Has("--year") ? args.Int("--year", 0) : CommonOptions.DefaultYear(entry);
        var top = args.Int("--top", 20);
        if (top < 1) throw new UsageException("scn ptf top: --top must be at least 1");
        var scope = args.String("--sinks", "outside")!.ToLowerInvariant();
        if (scope is not ("outside" or "anywhere")) throw new UsageException($"scn ptf top: --sinks must be outside or anywhere, got '{scope}'");
        var options = new FullPairOptions
        {
            Top = top,
            MinTivaFlowMusd = args.Double("--min-tiva", 0),
            Convention = EndpointConventions.Parse(args.String("--convention", "inclusive")!),
            ExcludeSinkCountry = scope == "outside",
            Details = !args.Flag("--no-details"),
        };
        if (options.MinTivaFlowMusd < 0) throw new UsageException("scn ptf top: --min-tiva must be ≥ 0");
        var format = OutputFormats.Parse(args.String("--format"));

        var clock = Stopwatch.StartNew();
        var table = TableLoader.Load(entry.Id, year);
        var loaded = clock.Elapsed.TotalSeconds;
        TableWarnings.Write(context, table);
        var risk = NodeSet.Resolve(table, args.String("--risk", "CHN")!);
        var result = FullPairRanking.Compute(LeontiefSolver.Factor(table), risk, options);
        var comparison = PublishedComparison.Compare(result);
        var seconds = clock.Elapsed.TotalSeconds - loaded;

        void Note(string text)
        {
            if (format == OutputFormat.Table) context.Out.WriteLine($"# {text}");
            else context.Error.WriteLine($"note: {text}");
        }
        Note($"{table.Describe()} risk={risk.Expression} ({risk.Count} nodes) sinks={scope} TiVA ≥ {options.MinTivaFlowMusd.ToString("G", CultureInfo.InvariantCulture)} M USD "
            + $"convention={options.Convention.ToText()}: {result.PairsPassingFilter} of {result.PairsConsidered} pairs pass; "
            + $"load {loaded.ToString("F1", CultureInfo.InvariantCulture)} s, ranking {seconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        if (result.MaxDetailDeviation is { } dev && dev > 1e-8)
            Note($"warning: full-pair PTF and pair-engine PTF differ by up to {dev:G3}");

        var columns = new List<ResultColumn>
        {
            new("rank"), new("source"), new("sink"), new("ptf", "F4"), new("tivaFlow", "F1"), new("theta", "F4"), new("kappa", "F4"),
            new("phi", "F4"), new("apl", "F3"), new("vs", "F4"), new("sinkInRisk"),
        };
        if (comparison is not null)
            columns.AddRange([new("publishedSink"), new("publishedPtf", "F2"), new("sinkMatch"), new("ptfMatch")]);
        columns.AddRange([new("dataset"), new("year"), new("risk"), new("convention")]);
        var writer = new ResultWriter(context.Out, format, columns);
        foreach (var p in result.Pairs)
        {
            var values = new List<object?> { p.Rank, p.Source, p.Sink, p.Ptf, p.TivaFlowMusd, p.Theta, p.Kappa, p.Phi, p.Apl, p.Vs, p.SinkInRisk };
            if (comparison is not null)
            {
                var row = comparison.Rows.FirstOrDefault(r => r.Rank == p.Rank);
                values.AddRange([row?.PublishedSink, row?.PublishedPtf, row?.SinkMatches, row?.PtfMatches]);
            }
            values.AddRange([entry.Id, year, risk.Expression, options.Convention.ToText()]);
            writer.Row([.. values]);
        }
        writer.Complete();
        if (comparison is not null)
        {
            Note($"published 2020 ranking for {comparison.Risk} (methodology §3.2): sink agrees at {comparison.SinkMatches} of {comparison.Rows.Length} ranks, "
                + $"PTF within ±{comparison.Tolerance:G} at {comparison.PtfMatches}, published (sink, PTF) found anywhere in this list: {comparison.FoundInComputedList}");
            foreach (var n in comparison.RecipeNotes) Note($"recipe: {n}");
            Note($"caveat: {comparison.Caveat}");
        }
        return 0;
    }
}
