using System.Collections.Immutable;
using nietras.SeparatedValues;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Model.Codes;

/// <summary>
/// The industry code lists of every table edition the project knows, compiled in <c>data/codes/industries.csv</c>
/// (embedded in the library so readers work outside a checkout). Maps codes ↔ ISIC keys per edition and recognises an
/// edition from the industry codes of a table.
/// </summary>
public static class IndustryCodes
{
    private const string ResourceName = "industries.csv";
    private static readonly Lazy<ImmutableArray<IndustryEdition>> s_editions = new(LoadEmbedded);

    /// <summary>Every edition in file order.</summary>
    public static ImmutableArray<IndustryEdition> Editions => s_editions.Value;

    /// <summary>Edition ids in file order.</summary>
    public static IEnumerable<string> EditionIds => Editions.Select(e => e.Id);

    /// <summary>An edition by id (case-insensitive).</summary>
    /// <exception cref="UnknownLabelException">Unknown id; the message lists the known editions.</exception>
    public static IndustryEdition Get(string id) =>
        Editions.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new UnknownLabelException("industry edition", id, "data/codes/industries.csv", EditionIds);

    /// <summary>An edition by id, or null.</summary>
    public static IndustryEdition? Find(string id) =>
        Editions.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The edition whose industry list equals <paramref name="industriesSeen"/> (codes in order of first appearance in a
    /// table), or null when none does.
    /// </summary>
    public static IndustryEdition? Detect(IReadOnlyList<string> industriesSeen) =>
        Editions.FirstOrDefault(e => e.MatchesLayout(industriesSeen));

    /// <summary>Parses an industry list file in the layout of <c>data/codes/industries.csv</c>.</summary>
    /// <exception cref="DataFormatException">Missing column, bad number or ISIC key, duplicate code.</exception>
    public static ImmutableArray<IndustryEdition> Parse(TextReader text, string name)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(text);
        string[] required = ["edition", "seq", "code", "aliases", "classification", "isic_key", "isic4_key", "name"];
        foreach (var column in required)
            if (!reader.Header.ColNames.Contains(column))
                throw new DataFormatException(name, 1, column, $"missing column '{column}'");
        var rows = new List<IndustryCode>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            try
            {
                var aliases = row["aliases"].ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                rows.Add(new IndustryCode(row["edition"].ToString(), row["seq"].Parse<int>(), row["code"].ToString(), aliases,
                    row["classification"].ToString(), IsicRange.Parse(row["isic_key"].ToString()), IsicRange.Parse(row["isic4_key"].ToString()),
                    row["name"].ToString()));
            }
            catch (Exception e) when (e is InvalidExpressionException or FormatException or ArgumentException)
            {
                throw new DataFormatException(name, line, null, e.Message, e);
            }
        }
        var editions = new List<IndustryEdition>();
        foreach (var group in rows.GroupBy(r => r.Edition, StringComparer.OrdinalIgnoreCase))
        {
            var list = group.ToArray();
            var dup = list.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (dup is not null) throw new DataFormatException(name, null, "code", $"duplicate code '{dup.Key}' in edition {group.Key}");
            if (!list.Select(r => r.Seq).Order().SequenceEqual(Enumerable.Range(1, list.Length)))
                throw new DataFormatException(name, null, "seq", $"edition {group.Key}: seq must run 1..{list.Length}");
            editions.Add(new IndustryEdition(group.Key, list));
        }
        return editions.ToImmutableArray();
    }

    private static ImmutableArray<IndustryEdition> LoadEmbedded()
    {
        using var stream = typeof(IndustryCodes).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new SupplyChainException($"embedded resource {ResourceName} is missing from the library build");
        using var text = new StreamReader(stream);
        return Parse(text, "data/codes/industries.csv");
    }
}
