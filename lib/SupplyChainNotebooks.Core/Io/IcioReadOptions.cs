namespace SupplyChainNotebooks.Io;

/// <summary>Options for <see cref="IcioCsvReader"/>.</summary>
public sealed record IcioReadOptions
{
    /// <summary>Dataset id recorded in the table and provenance (e.g. <c>icio2023</c>, <c>wiod2013</c>).</summary>
    public string DatasetId { get; init; } = "icio";

    /// <summary>Reference year recorded in the table.</summary>
    public int? Year { get; init; }

    /// <summary>Merge the split countries of extended tables (CN1+CN2 → CHN, MX1+MX2 → MEX) after reading.</summary>
    public bool MergeSplitCountries { get; init; }
}
