using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Cli.Output;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary><c>scn ptf</c>: every (source, sink) node pair of two sets and their aggregate.</summary>
public sealed class PtfCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "ptf";

    /// <inheritdoc />
    public string Summary => "PTF, θ, κ, φ, APL, VS and TiVA flow for every source → sink pair of two node sets, and their aggregate";

    /// <inheritdoc />
    public string Details => """
        example: ./scn ptf --dataset wiod2013 --year 2011 --risk CHN --source AUS:C10T14 --sink KOR:C30T33
        Node sets: CHN (every industry of a country), AUS:C10T14, AUS,BRA,CAN:C10T14, *:C30T33, KOR_C30T33, unions with +.
        Undefined values (no route from source to sink) are printed n/a (null in JSON), never 0.
        JSON: one object per pair with source, sink, risk, ptf, theta, kappa, phi, apl, vs, tivaFlow; the last line is
        the aggregate with "aggregate": true and the set expressions as source and sink.
        """;

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        CommonOptions.Dataset, CommonOptions.Year, CommonOptions.Risk, CommonOptions.Source, CommonOptions.Sink,
        CommonOptions.Convention, CommonOptions.Weights, CommonOptions.MinTiva, .. CommonOptions.Filters, CommonOptions.Aggregate, CommonOptions.AggregationBias, OutputFormats.Option,
    ];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        const string command = "scn ptf";
        var entry = DataCatalog.Default.Get(args.String("--dataset", CommonOptions.DefaultDataset)!);
        var year = args.Has("--year") ? args.Int("--year", 0) : CommonOptions.DefaultYear(entry);
        var sourceExpr = args.Required("--source", command);
        var sinkExpr = args.Required("--sink", command);
        var riskExpr = args.String("--risk", "CHN")!;
        var weighting = AggregateWeightings.Parse(args.String("--weights", "tiva")!);
        var options = CommonOptions.PtfOptionsFrom(args);
        var format = OutputFormats.Parse(args.String("--format"));

        var concordances = CommonOptions.AggregateFrom(args);
        if (args.Flag("--aggregation-bias") && concordances.Count == 0) throw new UsageException($"{command}: --aggregation-bias needs --aggregate NAME[,NAME]");
        var table = TableLoader.Load(entry.Id, year, aggregate: concordances);
        TableWarnings.Write(context, table);
        var sources = NodeSet.Resolve(table, sourceExpr);
        var sinks = NodeSet.Resolve(table, sinkExpr);
        var risk = NodeSet.Resolve(table, riskExpr);
        var engine = new PassThroughFrequency(LeontiefSolver.Factor(table), risk, options);
        var pairs = engine.Pairs(sources, sinks);
        var aggregate = engine.Aggregate(sources, sinks, weighting);

        if (format == OutputFormat.Table)
        {
            context.Out.WriteLine($"# {table.Describe()}  risk={risk.Expression} ({risk.Count} nodes)  {options.Describe()}  weights={weighting.ToText()}  backend={engine.Solver.BackendName}");
            context.Out.WriteLine($"# balance of the published table (reported, not repaired; x is the published output): {table.Balance()}");
            if (concordances.Count > 0)
                context.Out.WriteLine($"# aggregated with {string.Join(" then ", concordances)} to {table.NodeCount} nodes: PTF on an aggregated table differs from the published table unless merged nodes have identical input columns (methodology §1.11; AggregationBias in the library measures it)");
        }
        var writer = new ResultWriter(context.Out, format,
        [
            new("source"), new("sink"), new("risk"), new("ptf", "F6"), new("theta", "F6"), new("kappa", "F6"), new("phi", "F6"),
            new("apl", "F4"), new("vs", "F6"), new("tivaFlow", "F3"), new("aggregate"), new("dataset"), new("year"), new("convention"), new("weights"),
        ]);
        foreach (var p in pairs)
            writer.Row(p.Source, p.Sink, p.Risk, p.Ptf, p.Theta, p.Kappa, p.Phi, p.Apl, p.Vs, p.TivaFlowMusd, false, table.DatasetId, year, options.Convention.ToText(), null);
        writer.Row(aggregate.Source, aggregate.Sink, aggregate.Risk, aggregate.Ptf, aggregate.Theta, aggregate.Kappa, aggregate.Phi,
            aggregate.Apl, aggregate.Vs, aggregate.TivaFlowMusd, true, table.DatasetId, year, options.Convention.ToText(), weighting.ToText());
        writer.Complete();
        if (format == OutputFormat.Table)
            context.Out.WriteLine($"# aggregate over {aggregate.PairsUsed} pairs ({aggregate.PairsExcluded} excluded: i = j, no route, non-positive weight or filters)");
        if (args.Flag("--aggregation-bias"))
            AggregationBiasReport.Write(context, format, entry.Id, year, concordances, riskExpr, sourceExpr, sinkExpr, weighting, options, pairs.Select(p => (p.Source, p.Sink)));
        return 0;
    }
}
