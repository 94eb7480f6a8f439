using System.Globalization;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Cli.Output;
using SupplyChainNotebooks.Data;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary><c>scn ptf findings</c>: the verdicts on the study's findings F1–F5 for one year or several.</summary>
public sealed class PtfFindingsCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "ptf findings";

    /// <inheritdoc />
    public string Summary => "verdicts on the KIEP chapter-3 findings F1–F5 (holds / partly holds / does not hold) with their numbers and rules";

    /// <inheritdoc />
    public string Details => """
        example: ./scn ptf findings --dataset wiod2013 --year 2011
                 ./scn ptf findings --years 1995-2011 --format csv
        Runs configurations K-A…K-D and the KOR↔JPN cross-link with the chapter defaults (risk CHN; sources mining of
        AUS, BRA, CAN, IDN, RUS; sinks KOR and JPN; K-B/K-C sources JPN and KOR electrical and optical; TiVA weights)
        and decides each finding by its stated rule. --pair-min-tiva sets the TiVA filter of the K-B/K-C pair rankings
        (default 300 M USD), --top-k the rank threshold of F2/F3 (default 10), --f1-top-k that of F1 (default 3).
        --numbers adds the numbers each verdict was decided on.
        """;

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        CommonOptions.Dataset, CommonOptions.Year, CommonOptions.Years, CommonOptions.Risk,
        new("--pair-min-tiva", "M", "TiVA filter of the K-B/K-C pair rankings in M USD (default 300)"),
        new("--top-k", "K", "F2/F3: named sinks must be in the top K (default 10)"),
        new("--f1-top-k", "K", "F1: named sinks must be in the top K of their country (default 3)"),
        new("--numbers", null, "also print the numbers behind each verdict"),
        OutputFormats.Option,
    ];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        var entry = DataCatalog.Default.Get(args.String("--dataset", CommonOptions.DefaultDataset)!);
        var years = CommonOptions.YearsFrom(args, entry);
        var parameters = PtfRiskParameters.Default with
        {
            Risk = args.String("--risk", "CHN")!,
            PairMinTivaMusd = args.Double("--pair-min-tiva", 300),
        };
        var topK = args.Int("--top-k", 10);
        var rules = FindingRules.Default with
        {
            F1 = FindingRules.Default.F1 with { TopK = args.Int("--f1-top-k", 3) },
            F2 = FindingRules.Default.F2 with { TopK = topK },
            F3 = FindingRules.Default.F3 with { TopK = topK },
        };
        var format = OutputFormats.Parse(args.String("--format"));
        var numbers = args.Flag("--numbers");
        var writer = new ResultWriter(context.Out, format,
            numbers
                ? [new("year"), new("finding"), new("outcome"), new("name"), new("value", "G6"), new("unit")]
                : [new("year"), new("finding"), new("outcome"), new("reason"), new("dataset"), new("rule")]);
        var progress = years.Count > 1 ? new SynchronousProgress(line => context.Error.WriteLine($"scn ptf findings: {line}")) : null;
        var rows = new List<(int year, FindingVerdict verdict)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // The next year's table is read while the current one is computed.
        var next = Task.Run(() => TableLoader.Load(entry.Id, years[0]));
        for (var y = 0; y < years.Count; y++)
        {
            var table = next.GetAwaiter().GetResult();
            if (y + 1 < years.Count)
            {
                var following = years[y + 1];
                next = Task.Run(() => TableLoader.Load(entry.Id, following));
            }
            TableWarnings.Write(context, table);
            var study = new PtfRiskStudy(table, parameters);
            foreach (var v in study.Verdicts(rules)) rows.Add((years[y], v));
            progress?.Report($"{entry.Id} {years[y]} ({y + 1} of {years.Count}) done, {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s so far");
        }
        foreach (var (year, v) in rows)
        {
            if (numbers)
                foreach (var n in v.Numbers) writer.Row(year, v.Finding, v.OutcomeText, n.Name, n.Value, n.Unit);
            else
                writer.Row(year, v.Finding, v.OutcomeText, v.Reason, v.Dataset, v.Rule);
        }
        writer.Complete();
        if (format == OutputFormat.Table && !numbers)
            context.Out.WriteLine($"# parameters: {parameters.Describe()}; F1 top {rules.F1.TopK}, F2/F3 top {topK}");
        return 0;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
