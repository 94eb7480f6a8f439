using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Model;

/// <summary>What a concordance maps: country codes, industry codes or whole node labels (<c>CCC_IND</c>).</summary>
public enum ConcordanceDimension
{
    /// <summary>Country (region) codes, e.g. <c>IDN → ASEAN</c>. Unlisted countries keep their code.</summary>
    Country,

    /// <summary>Industry codes, e.g. <c>D26 → c14</c>. Applied to every country of the table.</summary>
    Industry,

    /// <summary>Node labels, e.g. <c>CHN_MIN → CHN_ALL</c>. Unlisted nodes stay as they are.</summary>
    Node,
}

/// <summary>One line of a concordance: a source code, its target and whether the correspondence is exact.</summary>
/// <param name="From">Code as written in the table (country, industry or node label).</param>
/// <param name="To">Target code.</param>
/// <param name="Approximate">True when the source category does not lie wholly inside the target (e.g. ISIC Rev.4 45–47
/// split over three ISIC Rev.3 trade sectors and mapped to the largest).</param>
/// <param name="Note">Why, in words (ISIC ranges, membership dates).</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Years">Table years the line applies to (e.g. EU membership 2004-2100), or null for every year.</param>
public sealed record ConcordanceEntry(string From, string To, bool Approximate, string? Note, int Line, IReadOnlyList<int>? Years = null)
{
    /// <summary>True if the line applies to a table of this year (lines without years apply to every year).</summary>
    public bool AppliesToYear(int? year) => Years is null || (year is { } y && Years.Contains(y));
}

/// <summary>
/// A many-to-one code mapping read from a CSV file of <c>data/concordance/</c> (or any file in the same format), used to
/// aggregate a table before analysis (<see cref="ConcordanceAggregation"/>).
/// <para>Format: header lines <c># key: value</c> — <c>concordance</c> (title, required), <c>dimension</c>
/// (<c>country</c>, <c>industry</c> or <c>node</c>, required), <c>applies-to</c> (catalog dataset ids and editions the
/// codes come from, or <c>*</c>, required), <c>coverage</c> (<c>complete</c>: every code of that dimension in the table
/// must be listed; <c>partial</c>: unlisted codes are kept), <c>source</c>, and any number of <c>note</c> lines; then a
/// CSV table with the header <c>from,to,match,note</c> and optionally <c>years</c> (<c>match</c> = <c>exact</c> or
/// <c>approximate</c>; <c>years</c> = a year list such as <c>2004-2100</c> for which the line holds, e.g. membership of a
/// country group; empty cells allowed). Several <c>from</c> codes may map to one <c>to</c>; one <c>from</c> may map to
/// two targets only in disjoint years. Country codes are compared case-insensitively, industry codes exactly.</para>
/// </summary>
public sealed class Concordance
{
    private readonly FrozenDictionary<string, ConcordanceEntry[]> _byFrom;

    private Concordance(string name, string path, string title, ConcordanceDimension dimension, IReadOnlyList<string> appliesTo,
        bool complete, string? source, IReadOnlyList<string> notes, IReadOnlyList<ConcordanceEntry> entries)
    {
        Name = name;
        Path = path;
        Title = title;
        Dimension = dimension;
        AppliesTo = appliesTo;
        RequiresCompleteCoverage = complete;
        Source = source;
        Notes = notes;
        Entries = entries;
        _byFrom = entries.GroupBy(e => Key(e.From), StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Name used by <c>--aggregate</c> (the file name without <c>.csv</c>).</summary>
    public string Name { get; }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>Title from the <c># concordance:</c> header line.</summary>
    public string Title { get; }

    /// <summary>What is mapped.</summary>
    public ConcordanceDimension Dimension { get; }

    /// <summary>Datasets / editions the source codes come from (<c>*</c> = any).</summary>
    public IReadOnlyList<string> AppliesTo { get; }

    /// <summary>True when every code of the table (in this dimension) must be listed.</summary>
    public bool RequiresCompleteCoverage { get; }

    /// <summary>Where the correspondence comes from.</summary>
    public string? Source { get; }

    /// <summary>Free-text notes (choices made, approximations).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The lines in file order.</summary>
    public IReadOnlyList<ConcordanceEntry> Entries { get; }

    /// <summary>Distinct target codes in order of first appearance.</summary>
    public IReadOnlyList<string> Targets => Entries.Select(e => e.To).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>True if some line depends on the table year (a <c>years</c> column is used).</summary>
    public bool IsYearDependent => Entries.Any(e => e.Years is not null);

    /// <summary>
    /// The line for a source code in a table year, or null (country codes case-insensitive, industries exact). Lines
    /// without years match every year; with <paramref name="year"/> null only those match.
    /// </summary>
    public ConcordanceEntry? Find(string from, int? year = null) =>
        _byFrom.TryGetValue(Key(from), out var lines) ? lines.FirstOrDefault(e => e.AppliesToYear(year)) : null;

    /// <summary>True if the code is listed at all (in any year).</summary>
    public bool Lists(string from) => _byFrom.ContainsKey(Key(from));

    /// <summary>True if the concordance lists this dataset id (or <c>*</c>).</summary>
    public bool AppliesToDataset(string datasetId) =>
        AppliesTo.Any(a => a == "*" || string.Equals(a, datasetId, StringComparison.OrdinalIgnoreCase));

    private string Key(string code) => Dimension switch
    {
        ConcordanceDimension.Country => code.Trim().ToUpperInvariant(),
        ConcordanceDimension.Node => NodeLabel.TryParse(code.Trim(), out var n) ? $"{n.Country.ToUpperInvariant()}_{n.Industry}" : code.Trim(),
        _ => code.Trim(),
    };

    /// <summary>Reads a concordance file; the name is the file name without extension.</summary>
    /// <exception cref="DataFormatException">Missing header keys, bad CSV, duplicate or conflicting codes; the message names file and line.</exception>
    public static Concordance Load(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "concordance file not found");
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Parse(reader, System.IO.Path.GetFileNameWithoutExtension(path), System.IO.Path.GetFullPath(path));
    }

    /// <summary>Parses concordance text (see the class remarks for the format).</summary>
    /// <exception cref="DataFormatException">The text is not a valid concordance.</exception>
    public static Concordance Parse(TextReader reader, string name, string path)
    {
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var notes = new List<string>();
        var entries = new List<ConcordanceEntry>();
        string[]? columns = null;
        string? line;
        var lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            if (line.TrimStart().StartsWith('#'))
            {
                if (columns is not null) continue; // comments inside the table are allowed
                var body = line.TrimStart()[1..];
                var colon = body.IndexOf(':');
                if (colon <= 0) continue;
                var key = body[..colon].Trim();
                var value = body[(colon + 1)..].Trim();
                if (key.Equals("note", StringComparison.OrdinalIgnoreCase)) notes.Add(value);
                else if (!header.TryAdd(key, value)) throw new DataFormatException(path, lineNo, null, $"header key '{key}' given twice");
                continue;
            }
            var cells = SplitCsv(line, path, lineNo);
            if (columns is null)
            {
                columns = cells.Select(c => c.Trim().ToLowerInvariant()).ToArray();
                if (columns.Length < 2 || columns[0] != "from" || columns[1] != "to")
                    throw new DataFormatException(path, lineNo, null, "the table header must start with 'from,to' (then optional 'match,note')");
                continue;
            }
            var from = cells.Length > 0 ? cells[0].Trim() : "";
            var to = cells.Length > 1 ? cells[1].Trim() : "";
            if (from.Length == 0) throw new DataFormatException(path, lineNo, "from", "empty source code");
            if (to.Length == 0) throw new DataFormatException(path, lineNo, "to", $"empty target for '{from}'");
            var matchIndex = Array.IndexOf(columns, "match");
            var noteIndex = Array.IndexOf(columns, "note");
            var match = matchIndex >= 0 && matchIndex < cells.Length ? cells[matchIndex].Trim().ToLowerInvariant() : "";
            if (match is not ("" or "exact" or "approximate"))
                throw new DataFormatException(path, lineNo, "match", $"'{match}' is not 'exact' or 'approximate'");
            var note = noteIndex >= 0 && noteIndex < cells.Length && cells[noteIndex].Trim().Length > 0 ? cells[noteIndex].Trim() : null;
            var yearsIndex = Array.IndexOf(columns, "years");
            IReadOnlyList<int>? years = null;
            if (yearsIndex >= 0 && yearsIndex < cells.Length && cells[yearsIndex].Trim().Length > 0)
            {
                try { years = YearList.Parse(cells[yearsIndex].Trim()); }
                catch (InvalidExpressionException e) { throw new DataFormatException(path, lineNo, "years", e.Message, e); }
            }
            entries.Add(new ConcordanceEntry(from, to, match == "approximate", note, lineNo, years));
        }

        string Required(string key) => header.TryGetValue(key, out var v) && v.Length > 0
            ? v : throw new DataFormatException(path, 1, null, $"missing header line '# {key}: …'");
        var title = Required("concordance");
        var dimension = Required("dimension").ToLowerInvariant() switch
        {
            "country" => ConcordanceDimension.Country,
            "industry" => ConcordanceDimension.Industry,
            "node" => ConcordanceDimension.Node,
            var d => throw new DataFormatException(path, 1, null, $"dimension '{d}' is not country, industry or node"),
        };
        var appliesTo = Required("applies-to").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var complete = (header.TryGetValue("coverage", out var cov) ? cov : dimension == ConcordanceDimension.Industry ? "complete" : "partial")
            .ToLowerInvariant() switch
            {
                "complete" => true,
                "partial" => false,
                var c => throw new DataFormatException(path, 1, null, $"coverage '{c}' is not complete or partial"),
            };
        if (columns is null || entries.Count == 0) throw new DataFormatException(path, lineNo, null, "no mapping lines after the header");

        var result = new Concordance(name, path, title, dimension, appliesTo, complete, header.GetValueOrDefault("source"), notes,
            ValidateEntries(entries, dimension, path));
        return result;
    }

    private static IReadOnlyList<ConcordanceEntry> ValidateEntries(List<ConcordanceEntry> entries, ConcordanceDimension dimension, string path)
    {
        var seen = new Dictionary<string, List<ConcordanceEntry>>(dimension == ConcordanceDimension.Industry ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        var unique = new List<ConcordanceEntry>();
        foreach (var e in entries)
        {
            if (dimension == ConcordanceDimension.Country && (e.To.Contains('_') || e.From.Contains('_')))
                throw new DataFormatException(path, e.Line, null, $"country codes may not contain '_' ('{e.From}' → '{e.To}'): node labels are split at the first underscore");
            if (dimension == ConcordanceDimension.Node && (!NodeLabel.TryParse(e.From, out _) || !NodeLabel.TryParse(e.To, out _)))
                throw new DataFormatException(path, e.Line, null, $"node concordance lines map COUNTRY_INDUSTRY to COUNTRY_INDUSTRY ('{e.From}' → '{e.To}')");
            if (!seen.TryGetValue(e.From, out var earlier)) seen[e.From] = earlier = [];
            var clash = earlier.FirstOrDefault(x => x.Years is null || e.Years is null || x.Years.Intersect(e.Years).Any());
            if (clash is not null)
            {
                if (!string.Equals(clash.To, e.To, StringComparison.Ordinal))
                    throw new DataFormatException(path, e.Line, "to", $"'{e.From}' maps to '{clash.To}' on line {clash.Line} and to '{e.To}' here in overlapping years");
                if (clash.Years is null && e.Years is null) continue; // harmless repeat
            }
            earlier.Add(e);
            unique.Add(e);
        }
        return unique.ToImmutableArray();
    }

    /// <summary>Splits one CSV line (comma separated, double-quoted fields with "" escapes).</summary>
    private static string[] SplitCsv(string line, string path, int lineNo)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(ch);
        }
        if (quoted) throw new DataFormatException(path, lineNo, null, "unterminated quoted field");
        cells.Add(cell.ToString());
        return cells.ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Title} ({Dimension.ToString().ToLowerInvariant()}, {Entries.Count} codes → {Targets.Count})";
}
