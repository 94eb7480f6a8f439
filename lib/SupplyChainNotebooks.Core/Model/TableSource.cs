namespace SupplyChainNotebooks.Model;

/// <summary>Where a table came from: the file read, its SHA-256 and the layout that was recognised.</summary>
/// <param name="Path">Full path of the file read (or a description for tables built in memory).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file bytes, or null for in-memory tables.</param>
/// <param name="Format">The layout recognised, e.g. "icio-csv 2023 (extended, merged CN1+CN2→CHN)".</param>
public sealed record TableSource(string Path, string? Sha256, string Format)
{
    /// <summary>A source for tables constructed in code (tests, tutorials).</summary>
    public static TableSource InMemory(string description) => new(description, null, "in-memory");
}
