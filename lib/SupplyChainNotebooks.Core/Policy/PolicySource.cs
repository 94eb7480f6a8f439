namespace SupplyChainNotebooks.Policy;

/// <summary>A public source a policy record rests on.</summary>
/// <param name="Url">Absolute http(s) address as found.</param>
/// <param name="Publisher">Who published it (outlet or ministry), for the reader.</param>
/// <param name="Language">ISO 639-1 code of the page: en, ja or ko.</param>
public sealed record PolicySource(Uri Url, string Publisher, string Language);
