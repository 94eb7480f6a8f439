using System.Collections.Immutable;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Model.Codes;

/// <summary>
/// The industry list of one table edition (e.g. ICIO 2023: 45 industries <c>A01_02</c> … <c>T</c>) with the mapping
/// between its codes and ISIC keys. Chapter code uses it to name the same industry in every dataset
/// (<c>CodeFor("26")</c> is <c>C26</c> in ICIO 2023, <c>26</c> in ICIO 2021 and <c>C30T33</c>'s share in WIOD).
/// </summary>
public sealed class IndustryEdition
{
    internal IndustryEdition(string id, IReadOnlyList<IndustryCode> industries)
    {
        Id = id;
        Industries = industries.OrderBy(i => i.Seq).ToImmutableArray();
    }

    /// <summary>Edition id (<c>icio2018</c>, <c>icio2021</c>, <c>icio2023</c>, <c>icio2025</c>, <c>wiod2013</c>, <c>lrwiod</c>, <c>adb35</c>).</summary>
    public string Id { get; }

    /// <summary>Industries in table order.</summary>
    public ImmutableArray<IndustryCode> Industries { get; }

    /// <summary>The codes as written in node labels, in table order.</summary>
    public IEnumerable<string> Codes => Industries.Select(i => i.Code);

    /// <summary>True when the edition is classified in ISIC Rev.4 (so <see cref="IndustryCode.Isic4Key"/> is exact).</summary>
    public bool IsIsic4 => Industries.All(i => i.Isic4IsExact);

    /// <summary>
    /// Finds an industry by its code or an alias, or null: exact spellings first (WIOD's <c>c19</c> is an alias of
    /// <c>C50</c>, not the code <c>C19</c>), then case-insensitively.
    /// </summary>
    public IndustryCode? Find(string code) =>
        Industries.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal))
        ?? Industries.FirstOrDefault(i => i.Aliases.Contains(code, StringComparer.Ordinal))
        ?? Industries.FirstOrDefault(i => i.Matches(code));

    /// <summary>The industry of a code or alias.</summary>
    /// <exception cref="UnknownLabelException">The edition has no such code; the message lists the closest codes.</exception>
    public IndustryCode Get(string code) =>
        Find(code) ?? throw new UnknownLabelException("industry", code, $"industry codes of {Id}", Codes);

    /// <summary>The code whose ISIC Rev.4 key equals <paramref name="isic4Key"/>, or null (e.g. "26" in ICIO 2023 → C26).</summary>
    public IndustryCode? ForIsic4(string isic4Key)
    {
        var key = IsicRange.Parse(isic4Key);
        return Industries.FirstOrDefault(i => i.Isic4Key.Equals(key));
    }

    /// <summary>Industries whose ISIC Rev.4 key lies inside <paramref name="isic4Key"/> (e.g. "24" in ICIO 2025 → C24A, C24B).</summary>
    public IReadOnlyList<IndustryCode> Within(string isic4Key)
    {
        var key = IsicRange.Parse(isic4Key);
        return Industries.Where(i => key.Covers(i.Isic4Key)).ToArray();
    }

    /// <summary>Industries whose ISIC Rev.4 key shares any code with <paramref name="isic4Key"/> (e.g. "26" in WIOD → C30T33).</summary>
    public IReadOnlyList<IndustryCode> Overlapping(string isic4Key)
    {
        var key = IsicRange.Parse(isic4Key);
        return Industries.Where(i => key.Overlaps(i.Isic4Key)).ToArray();
    }

    /// <summary>
    /// The industries of this edition that correspond to <paramref name="code"/> of <paramref name="other"/>: those whose
    /// ISIC Rev.4 keys overlap (approximate when either edition is ISIC Rev.3).
    /// </summary>
    public IReadOnlyList<IndustryCode> Translate(IndustryEdition other, string code)
    {
        var source = other.Get(code);
        return Industries.Where(i => i.Isic4Key.Overlaps(source.Isic4Key)).ToArray();
    }

    /// <summary>
    /// True when the industry codes seen in a table (in order of first appearance) are exactly this edition's codes,
    /// in order — either as written in labels or as aliases (e.g. <c>D01T02</c> for ICIO 2021).
    /// </summary>
    public bool MatchesLayout(IReadOnlyList<string> industriesSeen)
    {
        if (industriesSeen.Count != Industries.Length) return false;
        var byCode = true;
        for (var i = 0; i < industriesSeen.Count && byCode; i++)
            byCode = string.Equals(industriesSeen[i], Industries[i].Code, StringComparison.OrdinalIgnoreCase);
        if (byCode) return true;
        for (var i = 0; i < industriesSeen.Count; i++)
            if (!Industries[i].Matches(industriesSeen[i])) return false;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Industries.Length} industries: {Industries[0].Code} … {Industries[^1].Code})";
}
