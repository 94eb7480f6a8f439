namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>Expected appearances of one country's industries on a set of chains (TiVA-weighted, inclusive).</summary>
/// <param name="Country">Country code.</param>
/// <param name="Ptf">PTF of the country as pass-through region.</param>
/// <param name="IsRisk">True when the country holds nodes of the risk region.</param>
public sealed record CountryPtf(string Country, double Ptf, bool IsRisk);
