namespace SupplyChainNotebooks.Model.Codes;

/// <summary>One industry of a table edition (a row of <c>data/codes/industries.csv</c>).</summary>
/// <param name="Edition">Edition id, e.g. <c>icio2023</c>.</param>
/// <param name="Seq">1-based position inside each country block.</param>
/// <param name="Code">Code as written in node labels of the edition (<c>A01_02</c>, <c>01T02</c>, <c>C30T33</c>).</param>
/// <param name="Aliases">Other spellings of the same industry (<c>D01T02</c>, <c>c14</c>, <c>30t33</c>).</param>
/// <param name="Classification"><c>ISIC4</c> or <c>ISIC3</c>: the classification of <paramref name="IsicKey"/>.</param>
/// <param name="IsicKey">ISIC codes covered in that classification.</param>
/// <param name="Isic4Key">Canonical ISIC Rev.4 key (exact for ICIO; approximate main correspondence for ISIC Rev.3 tables).</param>
/// <param name="Name">Short name.</param>
public sealed record IndustryCode(
    string Edition,
    int Seq,
    string Code,
    IReadOnlyList<string> Aliases,
    string Classification,
    IsicRange IsicKey,
    IsicRange Isic4Key,
    string Name)
{
    /// <summary>True when the ISIC Rev.4 key is exact (the edition is classified in ISIC Rev.4).</summary>
    public bool Isic4IsExact => Classification == "ISIC4";

    /// <summary>True if <paramref name="code"/> is the code or one of the aliases (case-insensitive).</summary>
    public bool Matches(string code) =>
        string.Equals(Code, code, StringComparison.OrdinalIgnoreCase) || Aliases.Any(a => string.Equals(a, code, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Name}; ISIC {(Isic4IsExact ? "Rev.4" : "Rev.4 ≈")} {Isic4Key})";
}
