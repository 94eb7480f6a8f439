using System.IO.Compression;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Trade;

/// <summary>
/// The hand-made trade world of the tests (Fixtures/trade) and the data mirror. The fixture world: HS 850511 flows
/// (thousand USD) CHN→KOR 80, PHL→KOR 15, JPN→KOR 5, KOR→USA 20, CHN→JPN 30, PHL→JPN 40, TWN→JPN 10, CHN→USA 100,
/// JPN→USA 50; HS 811292 CHN→KOR 9, DEU→KOR 1; the official-BACI file adds 270112 AUS→JPN 1000, CHN→KOR 50,
/// JPN→KOR 100 and 010121 USA→KOR 5, so every exporter's total exports are known (RCA).
/// </summary>
public static class TradeFixtures
{
    /// <summary>A fixture file.</summary>
    public static string File(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "trade", name);

    /// <summary>The fixture country codes.</summary>
    public static BaciCountryCodes Codes => BaciCountryCodes.Read(File("country_codes_V202601.csv"), "fixture");

    /// <summary>The fixture files laid out like a data folder (extracts, top flows, customs; the official BACI year file when asked).</summary>
    public static string DataFolderWith(bool officialBaci)
    {
        var root = Path.Combine(Path.GetTempPath(), "scn-trade-" + Guid.NewGuid().ToString("N"));
        var mirror = Directory.CreateDirectory(Path.Combine(root, "baci_critical_materials")).FullName;
        System.IO.File.Copy(File("baci_extract_kusd_2024.csv"), Path.Combine(mirror, "baci_hs17_v202601_critical30_2024_full.csv"));
        System.IO.File.Copy(File("baci_extract_usd_2022.csv"), Path.Combine(mirror, "baci_hs17_v202601_critical30_2022_full.csv"));
        System.IO.File.Copy(File("country_codes_V202601.csv"), Path.Combine(mirror, "baci_country_codes_V202601.csv"));
        Gzip(File("atlas_topflows.csv"), Path.Combine(mirror, "atlas_flows_2002-2024_topflows.csv.gz"));
        var customs = Directory.CreateDirectory(Path.Combine(root, "japan_customs_trade")).FullName;
        Gzip(File("japan_customs.csv"), Path.Combine(customs, "japan_trade_by_area_goods_2009-2026_billion_jpy.csv.gz"));
        if (officialBaci)
        {
            var baci = Directory.CreateDirectory(Path.Combine(root, "baci")).FullName;
            System.IO.File.Copy(File("BACI_HS17_Y2024_V202601.csv"), Path.Combine(baci, "BACI_HS17_Y2024_V202601.csv"));
            System.IO.File.Copy(File("country_codes_V202601.csv"), Path.Combine(baci, "country_codes_V202601.csv"));
        }
        return root;
    }

    /// <summary>Trade sources over the fixture world.</summary>
    public static TradeSources Sources(bool officialBaci) => new(DataFolder.Resolve(DataFolderWith(officialBaci)));

    private static void Gzip(string from, string to)
    {
        using var input = System.IO.File.OpenRead(from);
        using var output = System.IO.File.Create(to);
        using var gz = new GZipStream(output, CompressionLevel.Optimal);
        input.CopyTo(gz);
    }
}

/// <summary>Access to the team data mirror for real-data tests; skips with the reason when a file is absent.</summary>
public static class TradeMirror
{
    /// <summary>The mirror file <paramref name="relativePath"/>, or a skip naming the file and the folders searched.</summary>
    public static string Require(string relativePath) => DataMirror.Require(relativePath);

    /// <summary>
    /// The default data folders, ignoring the CLI's process-wide <c>--data</c> override (which CLI tests running in
    /// parallel may set to a fixture folder).
    /// </summary>
    public static DataFolder Folders => DataFolder.Resolve(null);

    private static readonly Lazy<TradeSources> s_sources = new(() => new TradeSources(Folders));

    /// <summary>Trade sources over the mirror (one instance, so each file is read once per test run).</summary>
    public static TradeSources Sources() => s_sources.Value;

    /// <summary>The mirror's country codes.</summary>
    public static BaciCountryCodes Codes() => BaciCountryCodes.Read(Require("baci_critical_materials/baci_country_codes_V202601.csv"), "baci-country-codes");
}
