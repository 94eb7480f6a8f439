using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;

namespace SupplyChainNotebooks.Trade;

/// <summary>
/// The MOF short area names of Japan's customs statistics (<c>R Korea</c>, <c>Hg Kong</c>, …) with ISO3 codes and their
/// kind: <c>country</c>, <c>aggregate</c> (the EU, whose members are also listed: never added to them) or
/// <c>total</c> (<c>Grand Total</c>). The project's list is <c>data/trade/japan_customs_areas.csv</c>.
/// </summary>
public sealed class JapanCustomsAreas
{
    private readonly Dictionary<string, (string? Iso3, string Kind)> _areas;

    private JapanCustomsAreas(string file, Dictionary<string, (string?, string)> areas)
    {
        File = file;
        _areas = areas;
    }

    /// <summary>The list read.</summary>
    public string File { get; }

    /// <summary>The project's list.</summary>
    public static JapanCustomsAreas Default => Read(RepositoryLayout.ProjectData("trade", "japan_customs_areas.csv"));

    /// <summary>Reads a list with columns <c>area, iso3, kind</c>.</summary>
    /// <exception cref="DataFormatException">Missing columns, unknown kind, country without ISO3, duplicate area.</exception>
    public static JapanCustomsAreas Read(string path)
    {
        if (!System.IO.File.Exists(path)) throw new DataFormatException(path, null, null, "area list not found");
        using var stream = CompressedFile.OpenRead(path);
        using var reader = TradeCsv.OpenReader(stream, path);
        var area = TradeCsv.Column(reader.Header, path, "customs area list", "area");
        var iso3 = TradeCsv.Column(reader.Header, path, "customs area list", "iso3");
        var kind = TradeCsv.Column(reader.Header, path, "customs area list", "kind");
        var map = new Dictionary<string, (string?, string)>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            if (TradeCsv.IsBlank(row)) continue;
            var name = row[area].ToString().Trim();
            var k = row[kind].ToString().Trim();
            var code = row[iso3].ToString().Trim();
            if (k is not ("country" or "aggregate" or "total"))
                throw new DataFormatException(path, row.LineNumberFrom, "kind", $"kind '{k}' is not country, aggregate or total");
            if (k == "country" && code.Length != 3)
                throw new DataFormatException(path, row.LineNumberFrom, "iso3", $"country area '{name}' needs an ISO3 code");
            if (!map.TryAdd(name, (k == "country" ? CountryCodes.Normalise(code) : null, k)))
                throw new DataFormatException(path, row.LineNumberFrom, "area", $"duplicate area '{name}'");
        }
        return new JapanCustomsAreas(path, map);
    }

    /// <summary>ISO3 (null for aggregates and the total) and kind of an area.</summary>
    /// <exception cref="UnknownLabelException">Area not in the list; the message names where it was met and nearby names.</exception>
    public (string? Iso3, string Kind) Lookup(string area, string where) =>
        _areas.TryGetValue(area, out var v) ? v : throw new UnknownLabelException("customs area", area, where, _areas.Keys);
}
