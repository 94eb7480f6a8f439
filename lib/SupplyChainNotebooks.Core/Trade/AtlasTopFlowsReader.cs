using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;

namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Reads the atlas' top-flows file (<c>year, material, exporter_iso2, importer_iso2, value_usd</c>; plain or gzip).
/// ISO2 codes become ISO3 through the BACI country-code file (<c>TW</c> → <c>TWN</c>, <c>NA</c> → Namibia); materials
/// become HS6 codes through <see cref="AtlasMaterialCodes"/>. Materials that share an HS6 code (gallium, germanium,
/// hafnium) carry identical rows: each flow is kept once and the reader fails if the repeated rows disagree. The file
/// keeps only each country's largest suppliers and customers (≈ 99 % of value), so the set is marked
/// <see cref="TradeFlowSet.Truncated"/>. Years 2002–2016 are BACI HS02, 2017– BACI HS17.
/// </summary>
public static class AtlasTopFlowsReader
{
    /// <summary>Label that every indicator computed from this file carries.</summary>
    public const string TruncationLabel = "computed on truncated data (top flows ≈ 99 % of value)";

    /// <summary>Reads a file.</summary>
    /// <param name="path">File.</param>
    /// <param name="codes">BACI country codes (ISO2 → ISO3).</param>
    /// <param name="materials">Material → HS6 list (default: the project's).</param>
    /// <param name="datasetId">Catalog id recorded in <see cref="DataProvenance"/>.</param>
    /// <exception cref="DataFormatException">Missing columns, malformed cells, duplicate rows, bundled materials that disagree.</exception>
    /// <exception cref="UnknownLabelException">Unknown ISO2 code or material (file and line named).</exception>
    public static TradeFlowSet Read(string path, BaciCountryCodes codes, AtlasMaterialCodes? materials = null, string datasetId = "user")
    {
        materials ??= AtlasMaterialCodes.Default;
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        DataProvenance.Record(datasetId, path);
        using var stream = CompressedFile.OpenRead(path);
        using var reader = TradeCsv.OpenReader(stream, path);
        const string layout = "atlas top-flows";
        var header = reader.Header;
        var year = TradeCsv.Column(header, path, layout, "year");
        var material = TradeCsv.Column(header, path, layout, "material");
        var exporter = TradeCsv.Column(header, path, layout, "exporter_iso2");
        var importer = TradeCsv.Column(header, path, layout, "importer_iso2");
        var value = TradeCsv.Column(header, path, layout, "value_usd");
        var width = header.ColNames.Count;

        var kept = new Dictionary<(int Year, string Exporter, string Importer, string Hs6), (double Value, string Material, long Line)>();
        var order = new List<(int, string, string, string)>();
        foreach (var row in reader)
        {
            if (TradeCsv.IsBlank(row)) continue;
            TradeCsv.CheckWidth(row, width, path);
            var line = row.LineNumberFrom;
            var y = TradeCsv.Year(row, year, "year", path);
            var m = row[material].ToString().Trim();
            var hs6 = materials.Hs6Of(m, $"{path}:{line}");
            var e = codes.Iso3FromIso2(TradeCsv.Code(row, exporter, "exporter_iso2", path, 2), y, path, line);
            var i = codes.Iso3FromIso2(TradeCsv.Code(row, importer, "importer_iso2", path, 2), y, path, line);
            var v = TradeCsv.Number(row, value, "value_usd", path);
            var key = (y, e, i, hs6);
            if (kept.TryGetValue(key, out var first))
            {
                if (string.Equals(first.Material, m, StringComparison.OrdinalIgnoreCase))
                    throw new DataFormatException(path, line, null, $"duplicate row {m} {e}→{i} {y} (first on line {first.Line})");
                if (Math.Abs(first.Value - v) > 1e-9 * Math.Max(1.0, Math.Abs(v)))
                    throw new DataFormatException(path, line, "value_usd",
                        $"materials '{first.Material}' (line {first.Line}) and '{m}' share HS {hs6} but give different values for {e}→{i} {y} ({first.Value} vs {v}); their rows cannot be added and neither can be chosen");
                continue; // the same flow repeated under another material of the bundle: read once
            }
            kept[key] = (v, m, line);
            order.Add(key);
        }
        var flows = new List<TradeFlow>(order.Count);
        foreach (var key in order)
        {
            var bundle = materials.MaterialsOf(key.Item4);
            var label = bundle.Count > 1 ? string.Join("+", bundle) : kept[key].Material;
            flows.Add(new TradeFlow(key.Item1, key.Item2, key.Item3, key.Item4, label, kept[key].Value, TradeValueUnit.Usd, null, TradeLayout.AtlasTopFlows));
        }
        var years = flows.Select(f => f.Year).DefaultIfEmpty(2002).ToArray();
        var editions = new List<HsEditionSpan>();
        if (years.Min() <= 2016) editions.Add(new HsEditionSpan(years.Min(), Math.Min(2016, years.Max()), "HS2002"));
        if (years.Max() >= 2017) editions.Add(new HsEditionSpan(Math.Max(2017, years.Min()), years.Max(), "HS2017"));
        return new TradeFlowSet
        {
            DatasetId = datasetId,
            Description = $"{Path.GetFileName(path)} (atlas top flows, USD, truncated)",
            Layout = TradeLayout.AtlasTopFlows,
            Unit = TradeValueUnit.Usd,
            Scheme = ProductScheme.Hs6,
            Flows = flows,
            SourceFile = Path.GetFullPath(path),
            Truncated = true,
            HsEditions = editions,
            Notes = [TruncationLabel, "materials sharing one HS6 code (gallium, germanium, hafnium: 8112.92) are read once, never added"],
        };
    }
}
