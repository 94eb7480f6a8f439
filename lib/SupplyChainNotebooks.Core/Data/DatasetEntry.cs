using System.Text.Json.Serialization;

namespace SupplyChainNotebooks.Data;

/// <summary>One dataset of <c>data/catalog.json</c>.</summary>
public sealed record DatasetEntry
{
    /// <summary>Stable id used by <c>--dataset</c> (e.g. <c>wiod2013</c>, <c>icio2023</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Human-readable name.</summary>
    public required string Name { get; init; }

    /// <summary>"mrio", "trade" or "national-io".</summary>
    public required string Kind { get; init; }

    /// <summary>Edition / release as the publisher names it.</summary>
    public required string Edition { get; init; }

    /// <summary>Years covered, as a year list (<c>1995-2011</c>).</summary>
    public required string Years { get; init; }

    /// <summary>Reader id ("icio-csv", "wiod2013-xlsx", …).</summary>
    public required string Format { get; init; }

    /// <summary>
    /// File locations relative to a data folder, tried in order; <c>{year}</c> and <c>{yy}</c> are replaced. Several
    /// entries allow the mirror's layout and the publisher's own file names side by side.
    /// </summary>
    public required IReadOnlyList<FilePattern> Files { get; init; }

    /// <summary>Landing page of the publisher.</summary>
    public required string Url { get; init; }

    /// <summary>How to download (null when only a landing page exists).</summary>
    public DownloadSpec? Download { get; init; }

    /// <summary>Licence as stated by the publisher (with what was and was not verified).</summary>
    public required string Licence { get; init; }

    /// <summary>Required citation.</summary>
    public required string Citation { get; init; }

    /// <summary>Unit of the values (e.g. "million USD, current prices, basic prices").</summary>
    public string? Unit { get; init; }

    /// <summary>Further notes (coverage, caveats).</summary>
    public string? Notes { get; init; }

    /// <summary>Merge split countries (CN1/CN2, MX1/MX2) when reading; default true for extended ICIO.</summary>
    public bool MergeSplitCountries { get; init; }

    /// <summary>
    /// Industry-code edition the files must have (an id of <c>data/codes/industries.csv</c>: <c>icio2023</c>,
    /// <c>wiod2013</c>, …); null accepts any known edition.
    /// </summary>
    public string? IndustryEdition { get; init; }

    /// <summary>The files are user tables in a known layout but with their own industry codes (no edition check).</summary>
    public bool CustomLayout { get; init; }

    /// <summary>The years as a list.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> YearList => Model.YearList.Parse(Years);
}

/// <summary>A file location pattern and the reader format of files found there.</summary>
/// <param name="Path">Relative path with <c>{year}</c>/<c>{yy}</c> placeholders.</param>
/// <param name="Format">Reader id for this layout (defaults to the dataset's format when null).</param>
/// <param name="Note">What this location is (e.g. "team mirror, ICIO layout" or "official download").</param>
public sealed record FilePattern(string Path, string? Format = null, string? Note = null)
{
    /// <summary>The path for one year.</summary>
    public string For(int? year) => year is { } y
        ? Path.Replace("{year}", y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
              .Replace("{yy}", (y % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        : Path;
}

/// <summary>How <c>scn data fetch</c> obtains a dataset.</summary>
public sealed record DownloadSpec
{
    /// <summary>
    /// URL pattern of one download (<c>{year}</c>, <c>{yy}</c>, <c>{period}</c> placeholders). When
    /// <see cref="Periods"/> is given, one archive holds several years.
    /// </summary>
    public required string Url { get; init; }

    /// <summary>Archive periods, e.g. {"1995-2000": "1995-2000"}: year list → the value of <c>{period}</c>.</summary>
    public IReadOnlyDictionary<string, string>? Periods { get; init; }

    /// <summary>For archives: member name pattern of a year's file inside the archive.</summary>
    public string? ArchiveMember { get; init; }

    /// <summary>Where the downloaded (and extracted) file is stored, relative to the download folder (<c>{year}</c>).</summary>
    public required string Target { get; init; }

    /// <summary>Known SHA-256 of downloads by URL (published or recorded by the team); missing = unverified.</summary>
    public IReadOnlyDictionary<string, string>? Sha256 { get; init; }

    /// <summary>Remarks (e.g. "the OECD site may require a browser").</summary>
    public string? Notes { get; init; }

    /// <summary>
    /// Further members of the same archive to extract once per download (e.g. BACI's <c>country_codes_V202601.csv</c>
    /// next to the year files); null or empty = only <see cref="ArchiveMember"/>.
    /// </summary>
    public IReadOnlyList<ArchiveExtra>? ExtraMembers { get; init; }
}

/// <summary>A further archive member that <c>scn data fetch</c> extracts next to the year files.</summary>
/// <param name="Member">Member name inside the archive (full name or file name; <c>{year}</c> allowed).</param>
/// <param name="Target">Where it is stored, relative to the download folder.</param>
public sealed record ArchiveExtra(string Member, string Target);
