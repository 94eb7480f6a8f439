using System.Diagnostics;
using System.Globalization;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Cli.Output;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary>
/// <c>scn ptf rank</c>: one row per sink node (and year), ranked by the source-set aggregate PTF_{S→j}(R) — the per-sink
/// rankings of chapter 3 (K-A…K-C).
/// </summary>
public sealed class PtfRankCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "ptf rank";

    /// <inheritdoc />
    public string Summary => "rank sink nodes by the source-set aggregate PTF (RPTF, θ, κ, φ, VS, TiVA flow), one year or several";

    /// <inheritdoc />
    public string Details => """
        example: ./scn ptf rank --dataset wiod2013 --year 2011 --risk CHN --source AUS,BRA,CAN,IDN,RUS:C10T14 --sink KOR
                 ./scn ptf rank --years 1995-2011 --sink JPN --format csv > ka_jpn.csv
                 ./scn ptf rank --source JPN:C30T33 --sink '*' --exclude-domestic --min-tiva 300   (K-B: every foreign sink outside R)
        Default source set: the chapter's K-A sources for the dataset (mining of AUS, BRA, CAN, IDN, RUS per
        data/sectors/kiep_sectors.csv). Default sink set: KOR.
        PTF is aggregated over the sources with --weights (default tiva); --min-tiva drops source–sink pairs whose TiVA
        flow is below M million USD before aggregating. RPTF = PTF / mean PTF over the sinks ranked that year.
        Sinks inside the risk region are left out (their inclusive PTF counts the sink itself, ≥ b_jj ≥ 1) unless
        --include-sinks-in-risk is given; they are then flagged sinkInRisk.
        JSON: one object per line with year, sink, rank, ptf, rptf, theta, kappa, phi, vs, tivaFlow and further fields;
        undefined values are null ("n/a" in the table). Progress of multi-year runs goes to stderr.
        """;

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        CommonOptions.Dataset, CommonOptions.Year, CommonOptions.Years, CommonOptions.Risk, CommonOptions.Source, CommonOptions.Sink,
        CommonOptions.Weights, CommonOptions.MinTiva, CommonOptions.Convention,
        new("--include-sinks-in-risk", null, "keep sinks that are nodes of the risk region (flagged sinkInRisk)"),
        new("--exclude-domestic", null, "drop sinks located in a country of the source set (e.g. K-B: every foreign industry with --sink '*')"),
        OutputFormats.Option,
    ];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        var entry = DataCatalog.Default.Get(args.String("--dataset", CommonOptions.DefaultDataset)!);
        var years = CommonOptions.YearsFrom(args, entry);
        var riskExpr = args.String("--risk", "CHN")!;
        var sinkExpr = args.String("--sink", "KOR")!;
        var weighting = AggregateWeightings.Parse(args.String("--weights", "tiva")!);
        var options = new PtfOptions
        {
            Convention = EndpointConventions.Parse(args.String("--convention", "inclusive")!),
            MinTivaFlowMusd = args.Double("--min-tiva", 0),
        };
        if (options.MinTivaFlowMusd < 0) throw new UsageException("scn ptf rank: --min-tiva must be ≥ 0");
        var includeInRisk = args.Flag("--include-sinks-in-risk");
        var format = OutputFormats.Parse(args.String("--format"));
        var writer = new ResultWriter(context.Out, format,
        [
            new("year"), new("sink"), new("rank"), new("ptf", "F6"), new("rptf", "F4"), new("theta", "F6"), new("kappa", "F4"), new("phi", "F6"),
            new("vs", "F6"), new("tivaFlow", "F1"), new("sector"), new("apl", "F4"), new("pairsUsed"), new("sinkInRisk"),
            new("dataset"), new("risk"), new("source"), new("convention"), new("weights"), new("minTiva", "G"),
        ]);
        var notes = new List<string>();
        var total = Stopwatch.StartNew();
        for (var y = 0; y < years.Count; y++)
        {
            var clock = Stopwatch.StartNew();
            var table = TableLoader.Load(entry.Id, years[y]);
            TableWarnings.Write(context, table);
            var sourceExpr = args.String("--source") ?? DefaultSources(table, notes);
            var engine = new PassThroughFrequency(Numerics.LeontiefSolver.Factor(table), NodeSet.Resolve(table, riskExpr), options);
            var sources = NodeSet.Resolve(table, sourceExpr);
            var sinks = NodeSet.Resolve(table, sinkExpr);
            if (args.Flag("--exclude-domestic"))
            {
                var sourceCountries = sources.Countries.ToHashSet(StringComparer.OrdinalIgnoreCase);
                sinks = NodeSet.FromIndices(table, sinks.Indices.Where(j => !sourceCountries.Contains(table.Nodes[j].Country)),
                    $"{sinkExpr} outside {string.Join(",", sourceCountries)}");
            }
            var ranking = SinkRanking.Compute(engine, sources, sinks, "ptf rank",
                weighting, includeInRisk, KiepSectorConcordance.Default.Covers(table) ? KiepSectorConcordance.Default : null);
            if (y == 0 && format == OutputFormat.Table)
                context.Out.WriteLine($"# {entry.Id} risk={ranking.Risk} source={ranking.Source} sink={sinkExpr} weights={weighting.ToText()} {options.Describe()} backend={engine.Solver.BackendName}");
            foreach (var note in ranking.Notes.Concat(notes).Distinct())
                if (y == 0 || years.Count == 1) Note(context, format, note);
            foreach (var r in ranking.Rows)
                writer.Row(years[y], r.Sink, r.Rank, r.Ptf, r.Rptf, r.Theta, r.Kappa, r.Phi, r.Vs, r.TivaFlowMusd, r.Sector, r.Apl, r.PairsUsed, r.SinkInRisk,
                    entry.Id, ranking.Risk, ranking.Source, options.Convention.ToText(), weighting.ToText(), options.MinTivaFlowMusd);
            if (years.Count > 1)
                context.Error.WriteLine($"scn ptf rank: {entry.Id} {years[y]} ({y + 1} of {years.Count}) in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        }
        writer.Complete();
        if (years.Count > 1)
            context.Error.WriteLine($"scn ptf rank: {years.Count} years in {total.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        return 0;
    }

    /// <summary>The chapter's K-A sources for the table's dataset.</summary>
    internal static string DefaultSources(MrioTable table, List<string> notes)
    {
        var p = PtfRiskParameters.Default;
        if (!KiepSectorConcordance.Default.Covers(table))
            throw new UsageException($"scn ptf rank: no default source set for dataset '{table.DatasetId}' (not in data/sectors/kiep_sectors.csv); give --source");
        var expr = KiepSectorConcordance.Default.Expression(table, p.SourceCountries, [p.SourceSector], out var missing);
        if (missing.Count > 0) notes.Add($"source countries not in {table.Describe()}: {string.Join(", ", missing)}");
        return expr;
    }

    private static void Note(CommandContext context, OutputFormat format, string note)
    {
        if (format == OutputFormat.Table) context.Out.WriteLine($"# {note}");
        else context.Error.WriteLine($"note: {note}");
    }
}
