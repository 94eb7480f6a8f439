using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Cli.Output;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary><c>scn items classify</c>: the §4.1 rule for every item of Japan's specified products, compared with the study's prior grouping.</summary>
public sealed class ItemsClassifyCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "items classify";

    /// <inheritdoc />
    public string Summary => "offensive/defensive class of every specified-product item with its flags, and where it disagrees with the study's prior grouping";

    /// <inheritdoc />
    public string Details => """
        example: ./scn items classify --reporter JPN --year 2024 --disagreements
        The prior grouping (methodology §4.1) describes Japan's products; for another reporter the comparison still
        runs but reads as "would the prior hold for that country". Thresholds are options (see below).
        """;

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        ItemOptions.Reporter, ItemOptions.Year, ItemOptions.Source,
        new("--disagreements", null, "only the items where the rule contradicts the prior"),
        .. ItemOptions.Thresholds, OutputFormats.Option,
    ];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        var reporter = args.String("--reporter", "JPN")!.Trim().ToUpperInvariant();
        var year = args.Int("--year", ItemOptions.DefaultYear);
        var choice = TradeSourceChoices.Parse(args.String("--source", "auto")!);
        var format = OutputFormats.Parse(args.String("--format"));
        var chapter = new CriticalProductsChapter(new ItemAnalysis(null, ItemOptions.ThresholdsFrom(args)));
        var rows = chapter.CompareWithPrior(year, reporter, choice);
        if (args.Flag("--disagreements")) rows = rows.Where(r => r.Agrees == false).ToArray();
        var writer = new ResultWriter(context.Out, format,
        [
            new("product"), new("prior"), new("item"), new("class"), new("offensive"), new("defensive"), new("agrees"),
            new("worldExportShare", "F3"), new("top1Partner"), new("top1Share", "F3"), new("hhi", "F3"), new("importExportRatio", "F3"), new("unit"), new("reason"),
        ]);
        foreach (var r in rows)
        {
            var x = r.Classification.Indicators;
            writer.Row(r.ProductNumber, r.PriorGroup?.ToString().ToLowerInvariant(), r.ItemId, r.Classification.ClassText, r.Classification.Offensive,
                r.Classification.Defensive, r.Agrees, x.WorldExportShare, x.Top1Partner, x.Top1Share, x.ImportHhi, x.ImportExportRatio, x.Unit.ToCode(), r.Reason);
        }
        writer.Complete();
        if (format == OutputFormat.Table)
        {
            context.Out.WriteLine($"# rule: {chapter.Analysis.Thresholds.Describe()}");
            context.Out.WriteLine($"# prior: {chapter.Records.PriorGroupSource}");
        }
        return 0;
    }
}
