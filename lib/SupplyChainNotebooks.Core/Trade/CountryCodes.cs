namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Country-code conventions of the trade readers. Every reader returns ISO3 codes; Taiwan, which BACI files under the
/// numeric code 490 / <c>S19</c> "Other Asia, nes" and the atlas under ISO2 <c>TW</c>, is normalised to <c>TWN</c> so
/// that all layouts (and the ICIO tables) name it alike.
/// </summary>
public static class CountryCodes
{
    /// <summary>China (mainland; Hong Kong <c>HKG</c> and Macao <c>MAC</c> are separate partners).</summary>
    public const string China = "CHN";

    /// <summary>The code used for Taiwan in every result.</summary>
    public const string Taiwan = "TWN";

    /// <summary>BACI's code for "Other Asia, nes", in practice Taiwan.</summary>
    public const string BaciOtherAsia = "S19";

    /// <summary>Applies the project's normalisation to an ISO3 code from a source (<c>S19</c> → <c>TWN</c>; upper case).</summary>
    public static string Normalise(string iso3)
    {
        var code = iso3.Trim().ToUpperInvariant();
        return code == BaciOtherAsia ? Taiwan : code;
    }
}
