namespace SupplyChainNotebooks.Trade;

/// <summary>The file layout a trade flow was read from; each layout has its own units and coverage.</summary>
public enum TradeLayout
{
    /// <summary>
    /// BACI extract, thousand-USD layout (<c>year, exporter, exporter_name, importer, importer_name, hs6, material,
    /// value_kusd, qty_t</c>; ISO3 codes; thousand USD, tonnes). The 2024 file of the mirror.
    /// </summary>
    BaciExtractKusd,

    /// <summary>BACI extract, USD layout (<c>year, exporter, importer, hs6, value_usd</c>; ISO3; USD; no quantity). The 2022 file.</summary>
    BaciExtractUsd,

    /// <summary>
    /// The atlas' top flows 2002–2024 (<c>year, material, exporter_iso2, importer_iso2, value_usd</c>; ISO2; USD; no HS6;
    /// only the largest flows, ≈ 99 % of value).
    /// </summary>
    AtlasTopFlows,

    /// <summary>The official BACI download (<c>t,i,j,k,v,q</c>; numeric country codes; thousand USD, tonnes).</summary>
    BaciOfficial,

    /// <summary>Japan's customs statistics by partner area and MOF commodity group (<c>ex_im, area, goods, year, value</c>; billion JPY).</summary>
    JapanCustoms,
}

/// <summary>Text forms of <see cref="TradeLayout"/>.</summary>
public static class TradeLayouts
{
    /// <summary>Format id as used in <c>data/catalog.json</c>.</summary>
    public static string ToFormatId(this TradeLayout layout) => layout switch
    {
        TradeLayout.BaciExtractKusd => "baci-extract-kusd",
        TradeLayout.BaciExtractUsd => "baci-extract-usd",
        TradeLayout.AtlasTopFlows => "atlas-topflows",
        TradeLayout.BaciOfficial => "baci-csv",
        TradeLayout.JapanCustoms => "japan-customs-csv",
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };
}
