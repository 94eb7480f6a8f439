using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Trade;

/// <summary>
/// The item-level trade indicators of methodology §4.2 computed from a <see cref="TradeFlowSet"/>: for reporter c,
/// item p (a set of product codes whose values are summed first) and year t — partner shares, top-1 partner and
/// share, China share, import HHI, import/export ratio, world exports, world export share and concentration, RCA.
/// </summary>
public static class TradeIndicators
{
    /// <summary>The stand-in for M/X when X = 0 (CEPII GeoDep convention).</summary>
    public const double RatioWhenNoExports = 9999.0;

    /// <summary>Computes the indicators; an item or year the source does not cover gives a "no data" result.</summary>
    /// <exception cref="UnknownLabelException">The reporter never appears in the source (typo); nearby codes are listed.</exception>
    public static ItemIndicators Compute(TradeFlowSet set, string reporter, TradeItem item, int year)
    {
        reporter = CountryCodes.Normalise(reporter);
        var baseline = Empty(set, reporter, item, year);
        if (set.Reporter is { } only && only != reporter)
            return baseline with { Status = IndicatorStatus.NoData, NoDataReason = $"{set.Description} reports {only}'s own trade only, not {reporter}'s imports" };
        RequireCountry(set, reporter);
        var products = item.ProductsIn(set.Scheme);
        if (products.Count == 0)
            return baseline with { Status = IndicatorStatus.NoData, NoDataReason = NoCodesReason(set, item), HowToFill = HowToFill(item, year, set) };
        if (!set.Years.Contains(year))
            return baseline with
            {
                Status = IndicatorStatus.NoData,
                NoDataReason = $"{set.Description} has no year {year} (it covers {Model.YearList.Format(set.Years)})",
                HowToFill = HowToFill(item, year, set),
            };
        var present = set.ProductsIn(year);
        var used = products.Where(present.Contains).ToArray();
        var missing = products.Where(p => !present.Contains(p)).ToArray();
        if (used.Length == 0)
            return baseline with
            {
                Status = IndicatorStatus.NoData,
                ProductsMissing = missing,
                NoDataReason = $"{Describe(set.Scheme)} {string.Join("+", products)} not in {set.Description} for {year}",
                HowToFill = HowToFill(item, year, set),
            };

        var flows = used.SelectMany(p => set.FlowsOf(year, p)).ToArray();
        var byPartner = new Dictionary<string, double>(StringComparer.Ordinal);
        var byExporter = new Dictionary<string, double>(StringComparer.Ordinal);
        double listedImports = 0, listedExports = 0, world = 0;
        foreach (var f in flows)
        {
            world += f.Value;
            byExporter[f.Exporter] = byExporter.GetValueOrDefault(f.Exporter) + f.Value;
            if (f.Importer == reporter && f.Exporter != reporter)
            {
                byPartner[f.Exporter] = byPartner.GetValueOrDefault(f.Exporter) + f.Value;
                listedImports += f.Value;
            }
            if (f.Exporter == reporter && f.Importer != reporter) listedExports += f.Value;
        }
        var reportedImports = ReportedTotal(set.ReportedImportTotals, year, reporter, used);
        if (!set.CoversAllExporters && reportedImports is null && listedImports == 0)
            return baseline with
            {
                Status = IndicatorStatus.NoData,
                ProductsMissing = missing,
                NoDataReason = $"{set.Description} holds no imports of {string.Join("+", used)} by {reporter} in {year} (exports only)",
                HowToFill = HowToFill(item, year, set),
            };
        var imports = reportedImports ?? listedImports;
        var reportedExports = ReportedTotal(set.ReportedExportTotals, year, reporter, used);
        // A reporter-only source without any export row of the product says nothing about exports: unknown, not zero.
        double? exports = reportedExports ?? (!set.CoversAllExporters && listedExports == 0 ? null : listedExports);

        var partners = imports > 0
            ? byPartner.Where(kv => kv.Value > 0)
                .Select(kv => new PartnerShare(kv.Key, kv.Value, kv.Value / imports))
                .OrderByDescending(p => p.Value).ThenBy(p => p.Partner, StringComparer.Ordinal).ToArray()
            : [];
        var (ratio, capped) = exports is { } x ? ImportExportRatio(imports, x) : (null, false);
        var notes = new List<string>(set.Notes);
        if (exports is null) notes.Add($"{reporter}'s exports of {string.Join("+", used)} are not in the source: exports and M/X undefined");
        if (missing.Length > 0) notes.Add($"partial coverage: {string.Join("+", missing)} not in the source; values summed over {string.Join("+", used)} only");

        double? worldShare = null, worldHhi = null, worldExports = null;
        string? worldReason = null;
        if (!set.CoversAllExporters) worldReason = "the source holds only the reporter's own trade, not every exporter's";
        else if (world <= 0) worldReason = "no world exports of the item in the source";
        else
        {
            worldExports = world;
            worldShare = byExporter.GetValueOrDefault(reporter) / world;
            worldHhi = Hhi(byExporter.Values.Select(v => v / world));
        }
        var (rca, rcaReason) = set.CoversAllExporters ? Rca(set, reporter, year, byExporter.GetValueOrDefault(reporter), world) : (null, worldReason);

        return baseline with
        {
            Status = IndicatorStatus.Computed,
            ProductsUsed = used,
            ProductsMissing = missing,
            Imports = imports,
            ListedPartnerCoverage = imports > 0 ? listedImports / imports : null,
            Partners = partners,
            PartnerCount = partners.Length,
            Top1Partner = partners.Length > 0 ? partners[0].Partner : null,
            Top1Share = partners.Length > 0 ? partners[0].Share : null,
            ChinaShare = imports > 0 ? byPartner.GetValueOrDefault(CountryCodes.China) / imports : null,
            ImportHhi = imports > 0 ? Hhi(partners.Select(p => p.Share)) : null,
            Exports = exports,
            ImportExportRatio = ratio,
            ImportExportRatioCapped = capped,
            WorldExports = worldExports,
            WorldExportShare = worldShare,
            WorldExportHhi = worldHhi,
            WorldExportReason = worldReason,
            Rca = rca,
            RcaReason = rcaReason,
            Notes = notes,
        };
    }

    /// <summary>Herfindahl–Hirschman index Σ s² of shares (0–1 scale).</summary>
    public static double Hhi(IEnumerable<double> shares) => shares.Sum(s => s * s);

    /// <summary>M/X with the GeoDep convention: (9999, capped) when X = 0 &lt; M; (null, false) when both are 0.</summary>
    public static (double? Ratio, bool Capped) ImportExportRatio(double imports, double exports) =>
        exports > 0 ? (imports / exports, false)
        : imports > 0 ? (RatioWhenNoExports, true)
        : (null, false);

    private static (double?, string?) Rca(TradeFlowSet set, string reporter, int year, double itemExports, double worldItemExports)
    {
        if (set.TotalExportsAllProducts is null)
            return (null, $"needs every country's total exports over all products, which {set.DatasetId} lacks (selected products only); "
                + "the official BACI year file in the data folder provides them (./scn data info baci-hs17)");
        var worldTotal = set.WorldTotalExports(year);
        if (!set.TotalExportsAllProducts.TryGetValue((year, reporter), out var countryTotal) || countryTotal <= 0)
            return (null, $"{reporter} has no exports in {year} in the source");
        if (worldTotal is not > 0 || worldItemExports <= 0) return (null, "no world exports of the item in the source");
        return ((itemExports / countryTotal) / (worldItemExports / worldTotal.Value), null);
    }

    private static double? ReportedTotal(IReadOnlyDictionary<(int, string, string), double> totals, int year, string country, IReadOnlyList<string> products)
    {
        if (totals.Count == 0) return null;
        double sum = 0;
        foreach (var p in products)
        {
            if (!totals.TryGetValue((year, country, p), out var v)) return null;
            sum += v;
        }
        return sum;
    }

    private static ItemIndicators Empty(TradeFlowSet set, string reporter, TradeItem item, int year) => new()
    {
        Reporter = reporter,
        Item = item,
        Year = year,
        Status = IndicatorStatus.NoData,
        DatasetId = set.DatasetId,
        Source = set.Description,
        Unit = set.Unit,
        Scheme = set.Scheme,
        HsEdition = set.HsEditionFor(year),
        Truncated = set.Truncated,
        Notes = set.Notes,
    };

    /// <summary>True when the country appears as importer or exporter anywhere in the set.</summary>
    public static bool Appears(TradeFlowSet set, string country)
    {
        foreach (var f in set.Flows)
            if (f.Importer == country || f.Exporter == country) return true;
        return false;
    }

    private static void RequireCountry(TradeFlowSet set, string reporter)
    {
        foreach (var f in set.Flows)
            if (f.Importer == reporter || f.Exporter == reporter) return;
        var countries = set.Flows.Select(f => f.Importer).Concat(set.Flows.Select(f => f.Exporter)).Distinct(StringComparer.Ordinal);
        throw new UnknownLabelException("reporter", reporter, set.Description, countries);
    }

    private static string Describe(ProductScheme scheme) => scheme == ProductScheme.Hs6 ? "HS6" : "customs group";

    private static string NoCodesReason(TradeFlowSet set, TradeItem item) =>
        set.Scheme == ProductScheme.JapanCustomsGroup
            ? $"no MOF customs commodity group approximates '{item.Id}'"
            : item.Scope == "none"
                ? $"'{item.Id}' has no HS6 code ({item.Note})"
                : $"'{item.Id}' has no HS6 code";

    /// <summary>How a user with the official BACI download fills a gap.</summary>
    public static string? HowToFill(TradeItem item, int year, TradeFlowSet set) =>
        item.Hs6.Count == 0 ? null : HowToFill(year, set, $"HS {item.Hs6Text} are");

    /// <summary>
    /// How a user with the official BACI download fills the gaps of a year, naming what is then read
    /// (e.g. "the missing items' HS6 codes are"); null when the source already is the official file.
    /// </summary>
    public static string? HowToFill(int year, TradeFlowSet set, string whatIsRead)
    {
        if (set.Layout == TradeLayout.BaciOfficial) return null;
        var y = year is >= 2017 and <= 2024 ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "YYYY";
        return $"download BACI HS17 V202601 (https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS17_V202601.zip, see './scn data info baci-hs17'), "
            + $"put BACI_HS17_Y{y}_V202601.csv and country_codes_V202601.csv into <data>/baci/ and rerun with --source baci: {whatIsRead} then read from it";
    }
}
