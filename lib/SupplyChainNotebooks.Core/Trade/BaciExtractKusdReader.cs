namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Reads the BACI extract layout in thousand USD (<c>year, exporter, exporter_name, importer, importer_name, hs6,
/// material, value_kusd, qty_t</c>; ISO3 codes; the mirror's 2024 file). Values are multiplied by 1 000 into USD;
/// quantities are metric tonnes (empty cells → null).
/// </summary>
public static class BaciExtractKusdReader
{
    private static readonly BaciExtractReading.Spec s_spec = new(TradeLayout.BaciExtractKusd, "BACI extract (thousand USD)", "value_kusd", 1000.0, "qty_t", "material",
        "thousand USD read as USD, tonnes");

    /// <summary>Reads a file; <paramref name="hsFilter"/> keeps only those HS6 codes (null = all).</summary>
    /// <param name="path">File (plain or gzip).</param>
    /// <param name="datasetId">Catalog id recorded in <see cref="Data.DataProvenance"/>.</param>
    /// <param name="codes">BACI country codes to validate the ISO3 codes against (null = accept any three-letter code).</param>
    /// <param name="hsFilter">HS6 codes to keep, or null.</param>
    /// <exception cref="Errors.DataFormatException">Missing columns, malformed cells, duplicate flows (file and line named).</exception>
    /// <exception cref="Errors.UnknownLabelException">A country code not in <paramref name="codes"/>.</exception>
    public static TradeFlowSet Read(string path, string datasetId = "user", BaciCountryCodes? codes = null, IReadOnlySet<string>? hsFilter = null) =>
        BaciExtractReading.Read(path, s_spec, datasetId, codes, hsFilter);
}
