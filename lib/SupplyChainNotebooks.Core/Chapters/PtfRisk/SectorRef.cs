using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>A KIEP sector of one country, e.g. <c>JPN:c15</c> (Japan's transport equipment).</summary>
/// <param name="Country">Country code.</param>
/// <param name="Sector">KIEP (ADB MRIO) sector key.</param>
public sealed record SectorRef(string Country, string Sector)
{
    /// <summary>Parses <c>COUNTRY:SECTOR</c>.</summary>
    /// <exception cref="InvalidExpressionException">Not of that form.</exception>
    public static SectorRef Parse(string text)
    {
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            throw new InvalidExpressionException(text, "a named sector is COUNTRY:SECTOR, e.g. JPN:c15");
        return new SectorRef(parts[0], parts[1]);
    }

    /// <summary>True when a ranking row is a node of this sector (country matches and the row's sector keys include it).</summary>
    public bool Matches(SinkRankingRow row) =>
        string.Equals(row.SinkCountry, Country, StringComparison.OrdinalIgnoreCase)
        && row.Sector is { } keys
        && keys.Split(';').Contains(Sector, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => $"{Country}:{Sector}";
}
