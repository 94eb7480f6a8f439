namespace SupplyChainNotebooks.Errors;

/// <summary>
/// A table file whose industry codes match no known edition (ICIO 2018/2021/2023/2025, WIOD 2013, LR-WIOD, …). The
/// message names the file, the industry codes seen and the known editions; a user table in the ICIO layout is read by
/// declaring the layout custom (<c>"customLayout": true</c> in the catalog, or the reader option).
/// </summary>
public sealed class UnknownEditionException : SupplyChainException
{
    /// <summary>Creates the error.</summary>
    /// <param name="file">The file read.</param>
    /// <param name="industriesSeen">Industry codes of the file in order of first appearance.</param>
    /// <param name="knownEditions">Edition ids with their first and last codes, for the message.</param>
    /// <param name="expected">The edition the catalog expected, if any.</param>
    public UnknownEditionException(string file, IReadOnlyList<string> industriesSeen, IEnumerable<string> knownEditions, string? expected = null)
        : base(Format(file, industriesSeen, knownEditions, expected))
    {
        File = file;
        IndustriesSeen = industriesSeen;
        Expected = expected;
    }

    /// <summary>The file read.</summary>
    public string File { get; }

    /// <summary>Industry codes seen, in order of first appearance.</summary>
    public IReadOnlyList<string> IndustriesSeen { get; }

    /// <summary>The edition that was expected, or null when any known edition would do.</summary>
    public string? Expected { get; }

    private static string Format(string file, IReadOnlyList<string> seen, IEnumerable<string> known, string? expected)
    {
        var shown = seen.Count <= 12 ? string.Join(", ", seen) : string.Join(", ", seen.Take(10)) + $", … {seen[^1]}";
        var what = expected is null ? "match no known edition" : $"are not those of the expected edition {expected}";
        return $"{file}: the {seen.Count} industry codes ({shown}) {what}; known editions: {string.Join("; ", known)}. "
            + "For a user table in the ICIO layout declare the layout custom (catalog \"customLayout\": true or IcioReadOptions.CustomLayout).";
    }
}
