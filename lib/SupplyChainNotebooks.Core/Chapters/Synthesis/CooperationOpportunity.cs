namespace SupplyChainNotebooks.Chapters.Synthesis;

/// <summary>
/// One complementary pair found by <see cref="CooperationRule"/>: a subject (trade item or IO industry) of a sector where
/// one country's strength meets the other's dependence, with the numbers and the clause that matched.
/// </summary>
/// <param name="SectorId">Sector id.</param>
/// <param name="Level">"trade" or "IO".</param>
/// <param name="Subject">Trade item name, or IO industry with its role.</param>
/// <param name="Strong">Country with the strength (or the less exposed chains).</param>
/// <param name="Dependent">Country with the dependence.</param>
/// <param name="StrengthValue">World export share of the strong side (trade) or its PTF (IO).</param>
/// <param name="DependenceValue">China's share of the dependent side's imports (trade) or its PTF (IO).</param>
/// <param name="StrengthEvidence">Numbers and clause on the strong side.</param>
/// <param name="DependenceEvidence">Numbers and clause on the dependent side.</param>
/// <param name="Year">Trade year (trade) or table year (IO).</param>
public sealed record CooperationOpportunity(
    string SectorId,
    string Level,
    string Subject,
    string Strong,
    string Dependent,
    double? StrengthValue,
    double? DependenceValue,
    string StrengthEvidence,
    string DependenceEvidence,
    int? Year)
{
    /// <summary>"JPN → KOR": the direction the strength can serve.</summary>
    public string Direction => $"{Strong} → {Dependent}";
}

/// <summary>
/// An ordered pair (A, B) of a trade item placed on the complementarity map: A's world export share against China's
/// share of B's imports, with whether each side meets its clause of the rule.
/// </summary>
/// <param name="SectorId">Sector id.</param>
/// <param name="Subject">Trade item name.</param>
/// <param name="Strong">Candidate strong side A.</param>
/// <param name="Dependent">Candidate dependent side B.</param>
/// <param name="WorldExportShare">A's world export share (0–1).</param>
/// <param name="ChinaShare">China's share of B's imports (0–1).</param>
/// <param name="ImportHhi">B's import HHI (0–1).</param>
/// <param name="StrengthMet">A meets the strength clause.</param>
/// <param name="DependenceMet">B meets the dependence clause.</param>
public sealed record ComplementarityPoint(
    string SectorId,
    string Subject,
    string Strong,
    string Dependent,
    double WorldExportShare,
    double ChinaShare,
    double? ImportHhi,
    bool StrengthMet,
    bool DependenceMet)
{
    /// <summary>True when both clauses hold (an opportunity).</summary>
    public bool Opportunity => StrengthMet && DependenceMet;
}
