using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Finds and reads the trade datasets of the catalog (<c>kind: "trade"</c>) in the data folders, caching each file
/// per instance: the official BACI year files (<c>baci-hs17</c>), the mirror's BACI extracts (<c>baci-critical-2024</c>,
/// <c>baci-critical-2022</c>), the atlas' top flows (<c>baci-topflows</c>) and Japan's customs statistics
/// (<c>japan-customs</c>). Files are read in place and recorded in <see cref="DataProvenance"/>.
/// </summary>
public sealed class TradeSources
{
    /// <summary>Catalog id of the official BACI HS17 download.</summary>
    public const string BaciOfficialId = "baci-hs17";

    /// <summary>Catalog id of the top-flows file.</summary>
    public const string TopFlowsId = "baci-topflows";

    /// <summary>Catalog id of Japan's customs statistics.</summary>
    public const string CustomsId = "japan-customs";

    private static readonly Dictionary<int, string> s_extracts = new() { [2024] = "baci-critical-2024", [2022] = "baci-critical-2022" };
    private static readonly string[] s_countryCodeFiles =
    [
        "baci_critical_materials/baci_country_codes_V202601.csv",
        "baci/country_codes_V202601.csv",
        "BACI_HS17_V202601/country_codes_V202601.csv",
    ];

    private readonly Dictionary<string, TradeFlowSet> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BaciCountryCodes> _codes = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Creates a reader over data folders and a catalog (defaults: current folders, the project catalog).</summary>
    public TradeSources(DataFolder? folders = null, DataCatalog? catalog = null, TradeItemCatalog? items = null)
    {
        Folders = folders ?? DataFolder.Current;
        Catalog = catalog ?? DataCatalog.Default;
        Items = items ?? TradeItemCatalog.Default;
    }

    /// <summary>Data folders searched.</summary>
    public DataFolder Folders { get; }

    /// <summary>The catalog.</summary>
    public DataCatalog Catalog { get; }

    /// <summary>The item list whose HS6 codes are kept when streaming an official BACI file.</summary>
    public TradeItemCatalog Items { get; }

    /// <summary>True when the official BACI file of the year is in a data folder.</summary>
    public bool HasOfficialBaci(int year) => TryLocate(BaciOfficialId, year) is not null;

    /// <summary>True when a dataset (year) is in a data folder.</summary>
    public bool Has(string datasetId, int? year = null) => TryLocate(datasetId, year) is not null;

    /// <summary>The flows for a year from the chosen source (see <see cref="TradeSourceChoice"/>).</summary>
    /// <exception cref="DatasetNotFoundException">The chosen source (or, for auto, every candidate) is missing for the year.</exception>
    public TradeFlowSet For(int year, TradeSourceChoice choice = TradeSourceChoice.Auto, IReadOnlySet<string>? extraHs6 = null)
    {
        switch (choice)
        {
            case TradeSourceChoice.Baci: return Official(year, extraHs6);
            case TradeSourceChoice.Extract: return Extract(year);
            case TradeSourceChoice.TopFlows: return TopFlows();
            case TradeSourceChoice.Customs: return JapanCustoms();
        }
        if (HasOfficialBaci(year)) return Official(year, extraHs6);
        if (s_extracts.TryGetValue(year, out var id) && Has(id, year)) return Extract(year);
        if (Has(TopFlowsId, year)) return TopFlows();
        var entry = Catalog.Get(BaciOfficialId);
        throw new DatasetNotFoundException(BaciOfficialId, $"trade data for {year} (official BACI, the mirror's 2022/2024 extracts or the 2002–2024 top flows)",
            Folders.Candidates, DataCatalog.HowToObtain(entry));
    }

    /// <summary>The official BACI year file, streamed once with the HS6 codes of every item (plus <paramref name="extraHs6"/>).</summary>
    public TradeFlowSet Official(int year, IReadOnlySet<string>? extraHs6 = null)
    {
        var (path, format) = Catalog.Locate(BaciOfficialId, year, Folders);
        var filter = new HashSet<string>(Items.AllHs6, StringComparer.Ordinal);
        if (extraHs6 is not null) filter.UnionWith(extraHs6);
        var key = $"{path}|{string.Join(",", filter.Order(StringComparer.Ordinal))}";
        return Cached(key, () => TradeFormats.Read(format, path, new TradeFormats.ReadContext(BaciOfficialId, CountryCodesFor(path), filter)));
    }

    /// <summary>The mirror's BACI extract of a year (2022: USD layout; 2024: thousand-USD layout).</summary>
    public TradeFlowSet Extract(int year)
    {
        if (!s_extracts.TryGetValue(year, out var id))
            throw new SupplyChainException($"the BACI extracts cover 2022 and 2024 only, not {year}; use --source topflows (2002–2024, truncated) or the official BACI file");
        var (path, format) = Catalog.Locate(id, year, Folders);
        return Cached(path, () => TradeFormats.Read(format, path, new TradeFormats.ReadContext(id, MirrorCountryCodes(), null)));
    }

    /// <summary>The atlas' top flows 2002–2024 (truncated).</summary>
    public TradeFlowSet TopFlows()
    {
        var (path, format) = Catalog.Locate(TopFlowsId, null, Folders);
        return Cached(path, () => TradeFormats.Read(format, path, new TradeFormats.ReadContext(TopFlowsId,
            MirrorCountryCodes() ?? throw new DatasetNotFoundException(TopFlowsId, "the BACI country-code file", Folders.Candidates,
                "put baci_critical_materials/baci_country_codes_V202601.csv (or baci/country_codes_V202601.csv) in the data folder"), null)));
    }

    /// <summary>Japan's customs statistics (JPY).</summary>
    public TradeFlowSet JapanCustoms()
    {
        var (path, format) = Catalog.Locate(CustomsId, null, Folders);
        return Cached(path, () => TradeFormats.Read(format, path, new TradeFormats.ReadContext(CustomsId, null, null)));
    }

    /// <summary>A user file in any trade layout (detected from the header).</summary>
    public TradeFlowSet FromFile(string path)
    {
        var format = TradeFormats.Detect(path);
        var codes = format == "baci-csv" ? CountryCodesFor(path) : MirrorCountryCodes();
        return Cached(Path.GetFullPath(path), () => TradeFormats.Read(format, path, new TradeFormats.ReadContext("user", codes, format == "baci-csv" ? Items.AllHs6 : null)));
    }

    private (string Path, string Format)? TryLocate(string id, int? year)
    {
        try { return Catalog.Locate(id, year, Folders); }
        catch (SupplyChainException) { return null; } // not in any folder, or the year is outside the dataset
    }

    private BaciCountryCodes? MirrorCountryCodes()
    {
        var path = Folders.Find(s_countryCodeFiles);
        return path is null ? null : Codes(path);
    }

    private BaciCountryCodes CountryCodesFor(string baciFile)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(baciFile))!;
        var local = Directory.EnumerateFiles(dir, "country_codes_V*.csv").Order(StringComparer.Ordinal).LastOrDefault();
        var path = local ?? Folders.Find(s_countryCodeFiles)
            ?? throw new DatasetNotFoundException(BaciOfficialId, $"the country-code file next to {Path.GetFileName(baciFile)}", [dir, .. Folders.Candidates],
                "extract country_codes_V202601.csv from the BACI zip into the same folder");
        return Codes(path);
    }

    private BaciCountryCodes Codes(string path)
    {
        lock (_gate)
        {
            if (!_codes.TryGetValue(path, out var c)) _codes[path] = c = BaciCountryCodes.Read(path, "baci-country-codes");
            return c;
        }
    }

    private TradeFlowSet Cached(string key, Func<TradeFlowSet> read)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var set)) return set;
        }
        var loaded = read();
        lock (_gate)
        {
            _cache.TryAdd(key, loaded);
            return _cache[key];
        }
    }
}
