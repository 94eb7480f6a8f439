namespace SupplyChainNotebooks.Io;

/// <summary>Options for <see cref="IcioCsvReader"/>.</summary>
public sealed record IcioReadOptions
{
    /// <summary>Dataset id recorded in the table and provenance (e.g. <c>icio2023</c>, <c>wiod2013</c>).</summary>
    public string DatasetId { get; init; } = "icio";

    /// <summary>Reference year recorded in the table.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// Merge the split countries of extended tables (CN1+CN2 → CHN, MX1+MX2 → MEX) after reading. A table that carries
    /// non-empty CHN (MEX) blocks as well as CN1/CN2 (MX1/MX2) is refused rather than double counted.
    /// </summary>
    public bool MergeSplitCountries { get; init; }

    /// <summary>
    /// The industry edition the file must have (an id of <see cref="Model.Codes.IndustryCodes"/>, e.g. <c>icio2023</c>);
    /// null accepts any known edition.
    /// </summary>
    public string? ExpectedEdition { get; init; }

    /// <summary>
    /// The file is a user table in the ICIO layout with its own industry codes: skip edition recognition (the recorded
    /// format then says "custom").
    /// </summary>
    public bool CustomLayout { get; init; }
}
