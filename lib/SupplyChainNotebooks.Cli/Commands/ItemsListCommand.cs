using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Cli.Output;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary><c>scn items list</c>: the trade items (HS6 codes, specified products, coverage) or Japan's specified products.</summary>
public sealed class ItemsListCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "items list";

    /// <inheritdoc />
    public string Summary => "list the trade items with their HS6 codes and data coverage, or (--products) Japan's 16 specified critical products";

    /// <inheritdoc />
    public string Details => """
        Items come from data/critical_products/trade_items.csv (HS2017 codes). 'extract' tells whether the item's codes
        are in the BACI extract of the year (yes, partial, no); items marked 'no' are reported as "no data" unless the
        official BACI file is in the data folder. --products lists data/critical_products/japan_specified_critical_products.json.
        """;

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--products", null, "list Japan's specified critical products (records with sources) instead of the trade items"),
        ItemOptions.Year, OutputFormats.Option,
    ];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        var format = OutputFormats.Parse(args.String("--format"));
        if (args.Flag("--products"))
        {
            var records = SpecifiedProductRecords.Default;
            var w = new ResultWriter(context.Out, format,
            [
                new("number"), new("id"), new("nameEn"), new("nameJa"), new("ministry"), new("designationDate"), new("status"), new("priorGroup"),
                new("hsCodes"), new("tradeItems"), new("targets"), new("confidence"), new("verify"), new("sourceUrl"),
            ]);
            foreach (var p in records.Products)
                w.Row(p.Number, p.Id, p.NameEn, p.NameJa, p.Ministry ?? "[verify]", p.DesignationDate, p.Status, p.PriorGroup?.ToString().ToLowerInvariant(),
                    p.HsCodes.Count == 0 ? "none" : p.HsCodes.Count > 6 ? $"{p.HsCodes.Count} codes" : string.Join(" ", p.HsCodes),
                    string.Join(" ", p.TradeItems), p.Targets, p.Confidence, string.Join("; ", p.Verify), p.SourceUrl);
            w.Complete();
            if (format == OutputFormat.Table)
                foreach (var b in records.Budgets)
                    context.Out.WriteLine($"# budget {b.FiscalYear}, {b.Ministry}: ¥{b.AmountJpyBillion} bn — {b.Purpose} ({b.Confidence}; {b.SourceUrl})");
            return 0;
        }

        var year = args.Int("--year", ItemOptions.DefaultYear);
        var sources = new TradeSources();
        IReadOnlySet<string>? present = null;
        string basis;
        if (sources.HasOfficialBaci(year)) { present = null; basis = "official BACI file present: every HS6 code is covered"; }
        else if (year is 2022 or 2024 && sources.Has(year == 2024 ? "baci-critical-2024" : "baci-critical-2022", year))
        {
            present = sources.Extract(year).ProductsIn(year);
            basis = $"coverage in the BACI extract of {year}";
        }
        else basis = $"no BACI extract for {year}";
        var writer = new ResultWriter(context.Out, format,
            [new("id"), new("name"), new("hs6"), new("specifiedProducts"), new("scope"), new("extract"), new("customsGroup"), new("note")]);
        foreach (var item in sources.Items.Items)
        {
            var coverage = item.Hs6.Count == 0 ? "no code"
                : present is null ? (sources.HasOfficialBaci(year) ? "yes" : "n/a")
                : item.Hs6.All(present.Contains) ? "yes" : item.Hs6.Any(present.Contains) ? "partial" : "no";
            writer.Row(item.Id, item.Name, item.Hs6.Count > 6 ? $"{item.Hs6.Count} codes ({item.Hs6[0]}…)" : item.Hs6Text,
                string.Join(" ", item.SpecifiedProducts), item.Scope, coverage, item.CustomsGroup, item.Note);
        }
        writer.Complete();
        if (format == OutputFormat.Table) context.Out.WriteLine($"# {basis}; HS edition HS2017; 'scn items list --products' lists Japan's specified products");
        return 0;
    }
}
