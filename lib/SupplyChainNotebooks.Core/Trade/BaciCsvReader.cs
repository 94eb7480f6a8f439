using System.Globalization;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;

namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Streams an official BACI year file (<c>BACI_HS17_Y2024_V202601.csv</c>: <c>t, i, j, k, v, q</c>; numeric country
/// codes resolved with the release's <c>country_codes_*.csv</c>; <c>v</c> in thousand USD, <c>q</c> in tonnes). A
/// full year has about ten million rows: the file is read once, rows are filtered by HS6 code while reading, and every
/// row (kept or not) adds to its exporter's total exports, so that RCA can be computed from the same pass.
/// </summary>
public static class BaciCsvReader
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">Year file (plain CSV or gzip).</param>
    /// <param name="codes">The release's country codes.</param>
    /// <param name="hsFilter">HS6 codes to keep as flows (null keeps every flow — memory grows with the file).</param>
    /// <param name="datasetId">Catalog id recorded in <see cref="DataProvenance"/>.</param>
    /// <exception cref="DataFormatException">Missing columns or malformed cells (file, line and column named).</exception>
    /// <exception cref="UnknownLabelException">A country code not in <paramref name="codes"/>.</exception>
    public static TradeFlowSet Read(string path, BaciCountryCodes codes, IReadOnlySet<string>? hsFilter, string datasetId = "user")
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        DataProvenance.Record(datasetId, path);
        HashSet<int>? filter = hsFilter?.Select(h => int.Parse(h, NumberStyles.None, CultureInfo.InvariantCulture)).ToHashSet();
        using var stream = CompressedFile.OpenRead(path);
        using var reader = TradeCsv.OpenReader(stream, path);
        const string layout = "official BACI (t,i,j,k,v,q)";
        var header = reader.Header;
        var t = TradeCsv.Column(header, path, layout, "t");
        var i = TradeCsv.Column(header, path, layout, "i");
        var j = TradeCsv.Column(header, path, layout, "j");
        var k = TradeCsv.Column(header, path, layout, "k");
        var v = TradeCsv.Column(header, path, layout, "v");
        var q = TradeCsv.Column(header, path, layout, "q");
        var width = header.ColNames.Count;

        var flows = new List<TradeFlow>();
        var totals = new Dictionary<(int Year, int Code), double>();
        foreach (var row in reader)
        {
            if (TradeCsv.IsBlank(row)) continue;
            TradeCsv.CheckWidth(row, width, path);
            var line = row.LineNumberFrom;
            var product = ProductCode(row, k, path);
            var year = TradeCsv.Year(row, t, "t", path);
            var exporter = TradeCsv.Integer(row, i, "i", path);
            var valueUsd = TradeCsv.Number(row, v, "v", path) * 1000.0;
            ref var total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(totals, (year, exporter), out _);
            total += valueUsd;
            if (filter is not null && !filter.Contains(product)) continue;
            var importer = TradeCsv.Integer(row, j, "j", path);
            flows.Add(new TradeFlow(year,
                codes.Iso3FromNumeric(exporter, path, line),
                codes.Iso3FromNumeric(importer, path, line),
                product.ToString("D6", CultureInfo.InvariantCulture),
                null,
                valueUsd,
                TradeValueUnit.Usd,
                TradeCsv.OptionalNumber(row, q, "q", path),
                TradeLayout.BaciOfficial));
        }
        var byIso3 = new Dictionary<(int Year, string Country), double>();
        foreach (var ((year, code), total) in totals)
        {
            var iso3 = codes.Iso3FromNumeric(code, path, 0);
            byIso3[(year, iso3)] = byIso3.GetValueOrDefault((year, iso3)) + total;
        }
        var years = totals.Keys.Select(x => x.Year).DefaultIfEmpty(0).ToArray();
        return new TradeFlowSet
        {
            DatasetId = datasetId,
            Description = $"{Path.GetFileName(path)} (official BACI, thousand USD read as USD)",
            Layout = TradeLayout.BaciOfficial,
            Unit = TradeValueUnit.Usd,
            Scheme = ProductScheme.Hs6,
            Flows = flows,
            SourceFile = Path.GetFullPath(path),
            TotalExportsAllProducts = byIso3,
            HsEditions = totals.Count == 0 ? [] : [new HsEditionSpan(years.Min(), years.Max(), EditionFromName(path))],
            Notes = ["official BACI: every product of the year was read for the exporters' total exports (RCA)"],
        };
    }

    private static int ProductCode(nietras.SeparatedValues.SepReader.Row row, int col, string path)
    {
        var cell = row[col].Span.Trim();
        if (cell.Length is 5 or 6 && int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var code)) return code;
        throw new DataFormatException(path, row.LineNumberFrom, "k", $"'{TradeCsv.Clip(cell.ToString(), 40)}' is not an HS6 code (six digits)");
    }

    /// <summary>HS edition from the BACI file name (<c>BACI_HS17_…</c> → HS2017); "HS (edition not in the file name)" otherwise.</summary>
    private static string EditionFromName(string path)
    {
        var name = Path.GetFileName(path).ToUpperInvariant();
        var at = name.IndexOf("_HS", StringComparison.Ordinal);
        if (at >= 0 && at + 5 <= name.Length && int.TryParse(name.AsSpan(at + 3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var yy))
            return $"HS{(yy > 50 ? 1900 + yy : 2000 + yy)}";
        return "HS (edition not in the file name)";
    }
}
