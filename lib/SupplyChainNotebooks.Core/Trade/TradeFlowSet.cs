namespace SupplyChainNotebooks.Trade;

/// <summary>
/// The flows read from one trade source, in one currency and one product scheme, with what the source does and does
/// not cover (truncation, exporters, totals for RCA). Immutable; the lookup index is built on first use.
/// </summary>
public sealed class TradeFlowSet
{
    private static readonly IReadOnlyDictionary<(int, string, string), double> s_noTotals = new Dictionary<(int, string, string), double>();
    private Dictionary<(int Year, string Product), TradeFlow[]>? _index;
    private int[]? _years;

    private Dictionary<(int Year, string Product), TradeFlow[]> Index =>
        LazyInitializer.EnsureInitialized(ref _index, () => Flows.GroupBy(f => (f.Year, f.Product)).ToDictionary(g => g.Key, g => g.ToArray()));

    /// <summary>Catalog id of the source (or "fixture"/"user").</summary>
    public required string DatasetId { get; init; }

    /// <summary>What was read and in which units, for captions and provenance lines.</summary>
    public required string Description { get; init; }

    /// <summary>Source layout.</summary>
    public required TradeLayout Layout { get; init; }

    /// <summary>Currency of every flow value.</summary>
    public required TradeValueUnit Unit { get; init; }

    /// <summary>What the product codes are.</summary>
    public required ProductScheme Scheme { get; init; }

    /// <summary>The flows.</summary>
    public required IReadOnlyList<TradeFlow> Flows { get; init; }

    /// <summary>Full path of the file read, if any.</summary>
    public string? SourceFile { get; init; }

    /// <summary>True when only the largest flows are kept (the atlas' top flows, ≈ 99 % of value).</summary>
    public bool Truncated { get; init; }

    /// <summary>
    /// True when every exporter of every product is present, so that world exports, world export shares and world
    /// export concentration can be computed (false for Japan's customs statistics, which hold Japan's trade only).
    /// </summary>
    public bool CoversAllExporters { get; init; } = true;

    /// <summary>For sources that hold one country's own trade (Japan's customs statistics): that country; null otherwise.</summary>
    public string? Reporter { get; init; }

    /// <summary>HS edition of the product codes by year (empty for customs groups).</summary>
    public IReadOnlyList<HsEditionSpan> HsEditions { get; init; } = [];

    /// <summary>
    /// Each country's total exports over <b>all</b> products by year (same unit), available only when a complete BACI
    /// year was streamed; needed for RCA. Null when the source holds selected products only.
    /// </summary>
    public IReadOnlyDictionary<(int Year, string Country), double>? TotalExportsAllProducts { get; init; }

    /// <summary>Published import totals by (year, importer, product) that may exceed the sum of listed partners (customs "Grand Total").</summary>
    public IReadOnlyDictionary<(int Year, string Country, string Product), double> ReportedImportTotals { get; init; } = s_noTotals;

    /// <summary>Published export totals by (year, exporter, product).</summary>
    public IReadOnlyDictionary<(int Year, string Country, string Product), double> ReportedExportTotals { get; init; } = s_noTotals;

    /// <summary>Caveats of the source that results should carry.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Years with at least one flow, ascending.</summary>
    public IReadOnlyList<int> Years => LazyInitializer.EnsureInitialized(ref _years, () => Flows.Select(f => f.Year).Distinct().Order().ToArray());

    /// <summary>Products with at least one flow in a year.</summary>
    public IReadOnlySet<string> ProductsIn(int year) =>
        Index.Keys.Where(k => k.Year == year).Select(k => k.Product).ToHashSet(StringComparer.Ordinal);

    /// <summary>The flows of one product in one year (empty when none).</summary>
    public IReadOnlyList<TradeFlow> FlowsOf(int year, string product) =>
        Index.TryGetValue((year, product), out var flows) ? flows : [];

    /// <summary>The HS edition of a year's codes, or null when unknown or not HS.</summary>
    public string? HsEditionFor(int year) => HsEditions.FirstOrDefault(e => year >= e.FromYear && year <= e.ToYear)?.Edition;

    /// <summary>World total exports over all products in a year (sum of <see cref="TotalExportsAllProducts"/>), or null.</summary>
    public double? WorldTotalExports(int year)
    {
        if (TotalExportsAllProducts is null) return null;
        var sum = 0.0;
        var any = false;
        foreach (var (key, v) in TotalExportsAllProducts)
            if (key.Year == year) { sum += v; any = true; }
        return any ? sum : null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Description}: {Flows.Count} flows, {Years.Count} year(s), {Unit.ToCode()}";
}
