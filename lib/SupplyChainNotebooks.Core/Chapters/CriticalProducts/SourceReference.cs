namespace SupplyChainNotebooks.Chapters.CriticalProducts;

/// <summary>A further source of a record and what it supports.</summary>
/// <param name="Url">Public URL.</param>
/// <param name="Supports">The fact(s) it supports.</param>
public sealed record SourceReference(string Url, string Supports);
