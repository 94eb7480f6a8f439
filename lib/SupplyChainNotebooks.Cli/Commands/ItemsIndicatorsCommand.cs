using SupplyChainNotebooks.Cli.Output;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary><c>scn items indicators</c>: methodology §4.2 indicators and the §4.1 class of one reporter, item and year.</summary>
public sealed class ItemsIndicatorsCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "items indicators";

    /// <inheritdoc />
    public string Summary => "import concentration (top-1, China share, HHI), M/X, world export share, RCA and offensive/defensive class of one item";

    /// <inheritdoc />
    public string Details => """
        example: ./scn items indicators --reporter KOR --item permanent-magnets --year 2024 --format json
        Shares are 0–1; importsUsd in USD (null for Japan's customs groups, which are in JPY: see imports and unit).
        Items the data do not cover print class "no data" with the reason — never zeros. For Japan, items with a MOF
        customs group (semiconductors, integrated-circuits, lng) add a second row computed from Japan's customs
        statistics in JPY (source "japan-customs").
        JSON fields: reporter, item, year, importsUsd, top1Partner, top1Share, chinaShare, hhi, importExportRatio,
        worldExportShare, rca, class, then status, unit, imports, exports, partners, ratioCapped, worldExportHhi,
        offensive, defensive, offensiveBasis, rcaReason, offensivePersistent, defensivePersistent, persistence,
        products, missingProducts, truncated, source, reason, howToFill.
        """;

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
        [ItemOptions.Reporter, ItemOptions.Item, ItemOptions.Year, ItemOptions.Source, ItemOptions.File, .. ItemOptions.Thresholds, OutputFormats.Option];

    private static readonly ResultColumn[] s_columns =
    [
        new("reporter"), new("item"), new("year"), new("importsUsd", "F0"), new("top1Partner"), new("top1Share", "F4"), new("chinaShare", "F4"),
        new("hhi", "F4"), new("importExportRatio", "F4"), new("worldExportShare", "F4"), new("rca", "F4"), new("class"),
        new("status"), new("unit"), new("imports", "F0"), new("exports", "F0"), new("partners"), new("ratioCapped"), new("worldExportHhi", "F4"),
        new("offensive"), new("defensive"), new("offensiveBasis"), new("rcaReason"), new("offensivePersistent"), new("defensivePersistent"),
        new("persistence"), new("products"), new("missingProducts"), new("truncated"), new("source"), new("reason"), new("howToFill"),
    ];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        const string command = "scn items indicators";
        var reporter = args.Required("--reporter", command).Trim().ToUpperInvariant();
        var itemText = args.Required("--item", command);
        var year = args.Int("--year", ItemOptions.DefaultYear);
        var choice = TradeSourceChoices.Parse(args.String("--source", "auto")!);
        var format = OutputFormats.Parse(args.String("--format"));
        var analysis = new ItemAnalysis(null, ItemOptions.ThresholdsFrom(args));
        var item = ItemOptions.ItemFrom(itemText, analysis.Items);

        var results = new List<ItemClassification>();
        if (args.String("--file") is { } file)
        {
            var set = analysis.Sources.FromFile(file);
            results.Add(analysis.Classify(TradeIndicators.Compute(set, reporter, item, year), withPersistence: false));
        }
        else
        {
            results.Add(analysis.Classify(analysis.Indicators(reporter, item, year, choice)));
            if (choice == TradeSourceChoice.Auto && analysis.CustomsIndicators(reporter, item, year) is { } customs)
                results.Add(analysis.Classify(customs));
        }

        if (format == OutputFormat.Table)
        {
            foreach (var r in results) ItemReport.Write(context.Out, r);
            return 0;
        }
        var writer = new ResultWriter(context.Out, format, s_columns);
        foreach (var r in results)
        {
            var x = r.Indicators;
            var p = r.Persistence;
            writer.Row(x.Reporter, x.Item.Id, x.Year, x.ImportsUsd, x.Top1Partner, x.Top1Share, x.ChinaShare, x.ImportHhi, x.ImportExportRatio,
                x.WorldExportShare, x.Rca, r.ClassText,
                x.HasData ? "computed" : "no data", x.Unit.ToCode(), x.Imports, x.Exports, x.PartnerCount, x.ImportExportRatioCapped, x.WorldExportHhi,
                r.Offensive, r.Defensive, r.OffensiveBasis, x.RcaReason, p?.OffensivePersistent, p?.DefensivePersistent, p?.Label,
                string.Join("+", x.ProductsUsed), string.Join("+", x.ProductsMissing), x.Truncated, x.DatasetId, x.NoDataReason, x.HowToFill);
        }
        writer.Complete();
        return 0;
    }
}
