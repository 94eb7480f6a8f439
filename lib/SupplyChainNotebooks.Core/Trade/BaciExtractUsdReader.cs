namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Reads the BACI extract layout in USD (<c>year, exporter, importer, hs6, value_usd</c>; ISO3 codes; no quantity;
/// the mirror's 2022 file). Values are USD as written.
/// </summary>
public static class BaciExtractUsdReader
{
    private static readonly BaciExtractReading.Spec s_spec = new(TradeLayout.BaciExtractUsd, "BACI extract (USD)", "value_usd", 1.0, null, null,
        "USD, no quantity");

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
