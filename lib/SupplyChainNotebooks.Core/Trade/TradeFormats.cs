using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;

namespace SupplyChainNotebooks.Trade;

/// <summary>
/// The trade readers by format id (the <c>format</c> of a <c>kind: "trade"</c> catalog entry), and detection of a
/// user file's layout from its header.
/// </summary>
public static class TradeFormats
{
    /// <summary>What a reader needs besides the path.</summary>
    /// <param name="DatasetId">Catalog id for provenance.</param>
    /// <param name="CountryCodes">BACI country codes (required for the top-flows and official layouts; validates ISO3 otherwise).</param>
    /// <param name="HsFilter">HS6 codes to keep (null = all).</param>
    public sealed record ReadContext(string DatasetId, BaciCountryCodes? CountryCodes, IReadOnlySet<string>? HsFilter);

    private static readonly Dictionary<string, Func<string, ReadContext, TradeFlowSet>> s_readers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["baci-extract-kusd"] = (p, c) => BaciExtractKusdReader.Read(p, c.DatasetId, c.CountryCodes, c.HsFilter),
        ["baci-extract-usd"] = (p, c) => BaciExtractUsdReader.Read(p, c.DatasetId, c.CountryCodes, c.HsFilter),
        ["atlas-topflows"] = (p, c) => AtlasTopFlowsReader.Read(p, Require(c, p), null, c.DatasetId),
        ["baci-csv"] = (p, c) => BaciCsvReader.Read(p, Require(c, p), c.HsFilter, c.DatasetId),
        ["japan-customs-csv"] = (p, c) => JapanCustomsReader.Read(p, null, c.DatasetId),
    };

    /// <summary>Format ids with a reader.</summary>
    public static IReadOnlyCollection<string> Known => s_readers.Keys;

    /// <summary>Reads a file with the reader of a format.</summary>
    /// <exception cref="UnknownLabelException">No reader for the format.</exception>
    public static TradeFlowSet Read(string format, string path, ReadContext context) =>
        s_readers.TryGetValue(format, out var reader)
            ? reader(path, context)
            : throw new UnknownLabelException("trade format", format, path, s_readers.Keys);

    /// <summary>The format of a file from its header columns.</summary>
    /// <exception cref="DataFormatException">The header matches none of the trade layouts; the message lists them.</exception>
    public static string Detect(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        using var stream = CompressedFile.OpenRead(path);
        using var reader = TradeCsv.OpenReader(stream, path);
        var names = TradeCsv.Names(reader.Header).ToHashSet(StringComparer.Ordinal);
        bool Has(params string[] n) => n.All(names.Contains);
        if (Has("t", "i", "j", "k", "v", "q")) return "baci-csv";
        if (Has("year", "exporter", "importer", "hs6", "value_kusd")) return "baci-extract-kusd";
        if (Has("year", "exporter", "importer", "hs6", "value_usd")) return "baci-extract-usd";
        if (Has("year", "material", "exporter_iso2", "importer_iso2", "value_usd")) return "atlas-topflows";
        if (Has("ex_im", "area", "goods", "year", "value")) return "japan-customs-csv";
        throw new DataFormatException(path, 1, null,
            $"the header ({TradeCsv.Clip(string.Join(",", reader.Header.ColNames), 160)}) matches no trade layout: t,i,j,k,v,q (official BACI); "
            + "year,exporter,importer,hs6,value_kusd[,qty_t] or …,value_usd (BACI extracts); year,material,exporter_iso2,importer_iso2,value_usd (atlas top flows); "
            + "ex_im,area,goods,year,value (Japan customs)");
    }

    private static BaciCountryCodes Require(ReadContext c, string path) =>
        c.CountryCodes ?? throw new SupplyChainException($"{path}: this layout needs the BACI country-code file (country_codes_V*.csv) to translate its country codes");
}
