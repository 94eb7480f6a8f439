using System.Collections.Immutable;
using System.Globalization;
using nietras.SeparatedValues;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>The published 2020 rankings (methodology §3.2) read from <c>data/reference/mof_finance711_ptf_top20_2020.csv</c>.</summary>
public static class PublishedPtfRanking
{
    /// <summary>What is certain and what is not in the published table.</summary>
    public const string Caveat = "Rank, sink and PTF index per figure are consistent in the e-book text layer (Japan MoF, Finance No. 711, Feb 2025, Figures 9–10). "
        + "The value-added sources (legible only for the China figure, ranks 1–13) and the TiVA column come from interleaved text: their assignment to ranks and "
        + "figures is uncertain, and the 300 M USD filter is inferred from the listed TiVA values (301–855). The data are OECD ICIO 2020, most likely the 2023 release.";

    private static readonly Lazy<ImmutableArray<PublishedPtfEntry>> s_default =
        new(() => Load(RepositoryLayout.ProjectData("reference", "mof_finance711_ptf_top20_2020.csv")));

    /// <summary>Both figures.</summary>
    public static ImmutableArray<PublishedPtfEntry> Default => s_default.Value;

    /// <summary>The figure for a risk country (JPN or CHN), in rank order; empty for other regions.</summary>
    public static ImmutableArray<PublishedPtfEntry> For(string risk) =>
        [.. Default.Where(e => string.Equals(e.Risk, risk.Trim(), StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.Rank)];

    /// <summary>Reads the file.</summary>
    /// <exception cref="DataFormatException">Missing column or a non-numeric rank or PTF.</exception>
    public static ImmutableArray<PublishedPtfEntry> Load(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "published-ranking file not found");
        string[] columns = ["figure", "risk", "rank", "sink_printed", "sink_icio2023", "ptf_index", "source_printed", "source_icio2023", "source_certainty"];
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true }).FromFile(path);
        foreach (var c in columns)
            if (!reader.Header.ColNames.Contains(c)) throw new DataFormatException(path, 1, c, $"missing column '{c}'");
        var result = new List<PublishedPtfEntry>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in columns) cells[c] = row[c].ToString().Trim();
            if (!int.TryParse(cells["rank"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var rank))
                throw new DataFormatException(path, line, "rank", $"rank '{cells["rank"]}' is not an integer");
            if (!double.TryParse(cells["ptf_index"], NumberStyles.Float, CultureInfo.InvariantCulture, out var ptf))
                throw new DataFormatException(path, line, "ptf_index", $"PTF '{cells["ptf_index"]}' is not a number");
            string? Optional(string c) => cells[c].Length == 0 ? null : cells[c];
            result.Add(new PublishedPtfEntry(cells["figure"], cells["risk"], rank, cells["sink_printed"], cells["sink_icio2023"], ptf,
                Optional("source_printed"), Optional("source_icio2023"), Optional("source_certainty")));
        }
        return [.. result];
    }
}
