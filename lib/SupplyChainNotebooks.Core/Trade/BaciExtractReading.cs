using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;

namespace SupplyChainNotebooks.Trade;

/// <summary>The loop shared by the two ISO3-coded BACI extract layouts (thousand USD with tonnes; USD without quantity).</summary>
internal static class BaciExtractReading
{
    public sealed record Spec(TradeLayout Layout, string LayoutName, string ValueColumn, double ValueScale, string? QuantityColumn, string? MaterialColumn, string Units);

    public static TradeFlowSet Read(string path, Spec spec, string datasetId, BaciCountryCodes? codes, IReadOnlySet<string>? hsFilter)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        DataProvenance.Record(datasetId, path);
        using var stream = CompressedFile.OpenRead(path);
        using var reader = TradeCsv.OpenReader(stream, path);
        var header = reader.Header;
        var year = TradeCsv.Column(header, path, spec.LayoutName, "year");
        var exporter = TradeCsv.Column(header, path, spec.LayoutName, "exporter");
        var importer = TradeCsv.Column(header, path, spec.LayoutName, "importer");
        var hs6 = TradeCsv.Column(header, path, spec.LayoutName, "hs6");
        var value = TradeCsv.Column(header, path, spec.LayoutName, spec.ValueColumn);
        var qty = spec.QuantityColumn is null ? -1 : TradeCsv.Column(header, path, spec.LayoutName, spec.QuantityColumn);
        var material = spec.MaterialColumn is null ? -1 : TradeCsv.Column(header, path, spec.LayoutName, spec.MaterialColumn);
        var width = header.ColNames.Count;

        var flows = new List<TradeFlow>();
        var seen = new Dictionary<(int, string, string, string), long>();
        foreach (var row in reader)
        {
            if (TradeCsv.IsBlank(row)) continue;
            TradeCsv.CheckWidth(row, width, path);
            var line = row.LineNumberFrom;
            var product = TradeCsv.Hs6(row, hs6, "hs6", path);
            if (hsFilter is not null && !hsFilter.Contains(product)) continue;
            var y = TradeCsv.Year(row, year, "year", path);
            var e = Country(TradeCsv.Code(row, exporter, "exporter", path, 3), codes, path, line);
            var i = Country(TradeCsv.Code(row, importer, "importer", path, 3), codes, path, line);
            var v = TradeCsv.Number(row, value, spec.ValueColumn, path) * spec.ValueScale;
            var q = qty < 0 ? null : TradeCsv.OptionalNumber(row, qty, spec.QuantityColumn!, path);
            var m = material < 0 ? null : row[material].ToString().Trim();
            if (seen.TryGetValue((y, e, i, product), out var first))
                throw new DataFormatException(path, line, null, $"duplicate flow {e}→{i} HS {product} {y} (first on line {first}); adding both would double-count");
            seen[(y, e, i, product)] = line;
            flows.Add(new TradeFlow(y, e, i, product, string.IsNullOrEmpty(m) ? null : m, v, TradeValueUnit.Usd, q, spec.Layout));
        }
        return new TradeFlowSet
        {
            DatasetId = datasetId,
            Description = $"{Path.GetFileName(path)} ({spec.LayoutName})",
            Layout = spec.Layout,
            Unit = TradeValueUnit.Usd,
            Scheme = ProductScheme.Hs6,
            Flows = flows,
            SourceFile = Path.GetFullPath(path),
            HsEditions = flows.Count == 0 ? [] : [new HsEditionSpan(flows.Min(f => f.Year), flows.Max(f => f.Year), "HS2017")],
            Notes = [$"BACI HS17 extract; {spec.Units}"],
        };
    }

    private static string Country(string code, BaciCountryCodes? codes, string path, long line) =>
        codes is null ? CountryCodes.Normalise(code) : codes.RequireIso3(code, path, line);
}
