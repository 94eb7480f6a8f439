using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;

namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Reads Japan's customs statistics by partner area and MOF commodity group (<c>ex_im, area, goods, year, value</c>;
/// value in <b>billion JPY</b>; plain or gzip). Values are kept in yen (× 10⁹, never converted to USD). Imports
/// become flows partner → JPN, exports JPN → partner; products are the commodity-group names. The
/// <c>Grand Total</c> area becomes the reported total of a group (the listed countries cover most but not all of it);
/// the <c>EU</c> aggregate is skipped because its members are listed too.
/// </summary>
public static class JapanCustomsReader
{
    /// <summary>The reporter of these statistics.</summary>
    public const string Reporter = "JPN";

    /// <summary>Reads a file.</summary>
    /// <param name="path">File.</param>
    /// <param name="areas">Area list (default: the project's).</param>
    /// <param name="datasetId">Catalog id recorded in <see cref="DataProvenance"/>.</param>
    /// <exception cref="DataFormatException">Missing columns, malformed cells, a direction other than export/import, duplicates.</exception>
    /// <exception cref="UnknownLabelException">An area not in the list (file and line named).</exception>
    public static TradeFlowSet Read(string path, JapanCustomsAreas? areas = null, string datasetId = "user")
    {
        areas ??= JapanCustomsAreas.Default;
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        DataProvenance.Record(datasetId, path);
        using var stream = CompressedFile.OpenRead(path);
        using var reader = TradeCsv.OpenReader(stream, path);
        const string layout = "Japan customs (billion JPY)";
        var header = reader.Header;
        var direction = TradeCsv.Column(header, path, layout, "ex_im");
        var area = TradeCsv.Column(header, path, layout, "area");
        var goods = TradeCsv.Column(header, path, layout, "goods");
        var year = TradeCsv.Column(header, path, layout, "year");
        var value = TradeCsv.Column(header, path, layout, "value");
        var width = header.ColNames.Count;

        var flows = new List<TradeFlow>();
        var imports = new Dictionary<(int, string, string), double>();
        var exports = new Dictionary<(int, string, string), double>();
        var seen = new Dictionary<(string, string, string, int), long>();
        var skippedAggregates = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            if (TradeCsv.IsBlank(row)) continue;
            TradeCsv.CheckWidth(row, width, path);
            var line = row.LineNumberFrom;
            var dir = row[direction].ToString().Trim().ToLowerInvariant();
            if (dir is not ("export" or "import"))
                throw new DataFormatException(path, line, "ex_im", $"direction '{dir}' is neither export nor import");
            var areaName = row[area].ToString().Trim();
            var group = row[goods].ToString().Trim();
            if (group.Length == 0) throw new DataFormatException(path, line, "goods", "empty commodity group");
            var y = TradeCsv.Year(row, year, "year", path);
            var jpy = TradeCsv.Number(row, value, "value", path) * 1e9;
            if (seen.TryGetValue((dir, areaName, group, y), out var first))
                throw new DataFormatException(path, line, null, $"duplicate row {dir} {areaName} '{group}' {y} (first on line {first})");
            seen[(dir, areaName, group, y)] = line;
            var (iso3, kind) = areas.Lookup(areaName, $"{path}:{line}");
            switch (kind)
            {
                case "total":
                    (dir == "import" ? imports : exports)[(y, Reporter, group)] = jpy;
                    break;
                case "aggregate":
                    skippedAggregates.Add(areaName);
                    break;
                default:
                    flows.Add(dir == "import"
                        ? new TradeFlow(y, iso3!, Reporter, group, null, jpy, TradeValueUnit.Jpy, null, TradeLayout.JapanCustoms)
                        : new TradeFlow(y, Reporter, iso3!, group, null, jpy, TradeValueUnit.Jpy, null, TradeLayout.JapanCustoms));
                    break;
            }
        }
        var notes = new List<string>
        {
            "Japan's customs statistics (MOF): values in billion JPY in the file, kept in JPY; partner shares are shares of the reported Grand Total",
            "only Japan's own trade: no world exports, world export shares or RCA",
        };
        if (skippedAggregates.Count > 0) notes.Add($"aggregate areas skipped (members listed separately): {string.Join(", ", skippedAggregates)}");
        return new TradeFlowSet
        {
            DatasetId = datasetId,
            Description = $"{Path.GetFileName(path)} (Japan customs, MOF commodity groups, billion JPY read as JPY)",
            Layout = TradeLayout.JapanCustoms,
            Unit = TradeValueUnit.Jpy,
            Scheme = ProductScheme.JapanCustomsGroup,
            Flows = flows,
            SourceFile = Path.GetFullPath(path),
            CoversAllExporters = false,
            Reporter = Reporter,
            ReportedImportTotals = imports,
            ReportedExportTotals = exports,
            Notes = notes,
        };
    }
}
