using System.Globalization;
using System.Text.RegularExpressions;
using nietras.SeparatedValues;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;

namespace SupplyChainNotebooks.Trade;

/// <summary>
/// BACI's country-code file (<c>country_codes_V202601.csv</c>: <c>country_code, country_name, country_iso2,
/// country_iso3</c>; older releases <c>iso_2digit_alpha, iso_3digit_alpha</c>). Translates the numeric codes of the
/// official BACI files and the ISO2 codes of the atlas' top-flows file into ISO3, applying
/// <see cref="CountryCodes.Normalise"/> (Taiwan = <c>TWN</c>).
/// </summary>
public sealed partial class BaciCountryCodes
{
    /// <summary>
    /// ISO2 codes missing from the file although their ISO3 is there: Namibia's ISO2 <c>NA</c> was written as an empty
    /// cell (an R missing-value artefact), and Taiwan (<c>TW</c>) is only present as <c>S19</c>.
    /// </summary>
    private static readonly Dictionary<string, string> s_iso2Supplement = new(StringComparer.Ordinal)
    {
        ["NA"] = "NAM",
        ["TW"] = CountryCodes.Taiwan,
    };

    private readonly Dictionary<int, string> _byNumeric;
    private readonly Dictionary<string, List<(string Iso3, int? LastYear)>> _byIso2;
    private readonly Dictionary<string, string> _names;

    private BaciCountryCodes(string file, Dictionary<int, string> byNumeric, Dictionary<string, List<(string, int?)>> byIso2, Dictionary<string, string> names)
    {
        File = file;
        _byNumeric = byNumeric;
        _byIso2 = byIso2;
        _names = names;
    }

    /// <summary>The file read.</summary>
    public string File { get; }

    /// <summary>Number of numeric codes.</summary>
    public int Count => _byNumeric.Count;

    /// <summary>Reads a country-code file.</summary>
    /// <exception cref="DataFormatException">Missing columns or a malformed code; the message names file and line.</exception>
    public static BaciCountryCodes Read(string path, string datasetId = "baci")
    {
        if (!System.IO.File.Exists(path)) throw new DataFormatException(path, null, null, "country-code file not found");
        DataProvenance.Record(datasetId, path);
        using var stream = CompressedFile.OpenRead(path);
        using var reader = TradeCsv.OpenReader(stream, path);
        var header = reader.Header;
        var code = TradeCsv.Column(header, path, "country-code file", "country_code");
        var name = TradeCsv.Column(header, path, "country-code file", "country_name", "country_name_abbreviation");
        var iso2 = TradeCsv.Column(header, path, "country-code file", "country_iso2", "iso_2digit_alpha");
        var iso3 = TradeCsv.Column(header, path, "country-code file", "country_iso3", "iso_3digit_alpha");
        var byNumeric = new Dictionary<int, string>();
        var byIso2 = new Dictionary<string, List<(string, int?)>>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            TradeCsv.CheckWidth(row, header.ColNames.Count, path);
            var codeText = row[code].Span.Trim();
            if (!int.TryParse(codeText, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric))
                throw new DataFormatException(path, line, "country_code", $"country code '{codeText.ToString()}' is not a number");
            var i3 = row[iso3].ToString().Trim();
            if (i3.Length == 0) throw new DataFormatException(path, line, "country_iso3", $"empty ISO3 code for country code {numeric}");
            var normalised = CountryCodes.Normalise(i3);
            if (!byNumeric.TryAdd(numeric, normalised))
                throw new DataFormatException(path, line, "country_code", $"duplicate country code {numeric}");
            var countryName = row[name].ToString().Trim();
            var lastYear = LastYearOf(countryName);
            if (lastYear is null || !names.ContainsKey(normalised)) names[normalised] = countryName;
            var i2 = row[iso2].ToString().Trim();
            if (i2.Length > 0)
            {
                if (!byIso2.TryGetValue(i2, out var list)) byIso2[i2] = list = [];
                list.Add((normalised, lastYear));
            }
        }
        if (byNumeric.Count == 0) throw new DataFormatException(path, 2, null, "no country codes");
        return new BaciCountryCodes(path, byNumeric, byIso2, names);
    }

    /// <summary>ISO3 of a numeric BACI code, or false.</summary>
    public bool TryIso3FromNumeric(int code, out string iso3) => _byNumeric.TryGetValue(code, out iso3!);

    /// <summary>ISO3 of a numeric BACI code.</summary>
    /// <exception cref="UnknownLabelException">The code is not in the file; the message names where it was read and the nearby codes.</exception>
    public string Iso3FromNumeric(int code, string file, long line) =>
        _byNumeric.TryGetValue(code, out var iso3)
            ? iso3
            : throw new UnknownLabelException("country code", code.ToString(CultureInfo.InvariantCulture), $"{file}:{line} (codes of {Path.GetFileName(File)})",
                _byNumeric.Keys.Select(k => k.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// ISO3 of an ISO2 code valid in <paramref name="year"/>. Where a code was reused (e.g. <c>CS</c>: Czechoslovakia
    /// until 1992, Serbia and Montenegro until 2005), the entry whose name does not end before the year is chosen.
    /// </summary>
    /// <exception cref="UnknownLabelException">Unknown ISO2 code; the message names file and line.</exception>
    public string Iso3FromIso2(string iso2, int year, string file, long line)
    {
        var code = iso2.Trim().ToUpperInvariant();
        if (_byIso2.TryGetValue(code, out var list))
        {
            var valid = list.Where(e => e.LastYear is null || e.LastYear >= year).ToList();
            var pick = valid.FirstOrDefault(e => e.LastYear is null);
            if (pick.Iso3 is null && valid.Count > 0) pick = valid.OrderBy(e => e.LastYear).First();
            if (pick.Iso3 is null) pick = list.OrderByDescending(e => e.LastYear ?? int.MaxValue).First();
            return pick.Iso3;
        }
        if (s_iso2Supplement.TryGetValue(code, out var supplemented)) return supplemented;
        throw new UnknownLabelException("ISO2 country code", iso2, $"{file}:{line} (codes of {Path.GetFileName(File)})", _byIso2.Keys.Concat(s_iso2Supplement.Keys));
    }

    /// <summary>True when the (normalised) ISO3 code is in the file.</summary>
    public bool ContainsIso3(string iso3) => _names.ContainsKey(CountryCodes.Normalise(iso3));

    /// <summary>All ISO3 codes (normalised).</summary>
    public IReadOnlyCollection<string> Iso3Codes => _names.Keys;

    /// <summary>The ISO3 code, normalised, after checking it is in the file.</summary>
    /// <exception cref="UnknownLabelException">Not in the file; the message names file and line and the nearby codes.</exception>
    public string RequireIso3(string iso3, string file, long line)
    {
        var code = CountryCodes.Normalise(iso3);
        return _names.ContainsKey(code)
            ? code
            : throw new UnknownLabelException("country code", iso3, $"{file}:{line} (codes of {Path.GetFileName(File)})", _names.Keys);
    }

    /// <summary>The country name of an ISO3 code (the current entry), or the code itself.</summary>
    public string NameOf(string iso3) => _names.TryGetValue(iso3, out var n) ? n : iso3;

    private static int? LastYearOf(string name)
    {
        var m = EndYear().Match(name);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\(\.\.\.(\d{4})\)\s*$")]
    private static partial Regex EndYear();
}
