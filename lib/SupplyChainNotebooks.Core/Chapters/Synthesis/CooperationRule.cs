using System.Globalization;

namespace SupplyChainNotebooks.Chapters.Synthesis;

/// <summary>
/// The rule that finds Korea–Japan cooperation opportunities where exposures are complementary, every threshold a
/// parameter. Trade level (per trade item, for each ordered pair of countries A ≠ B): A has choke-point strength when
/// its O flag holds (chapter 4's offensive test, if <see cref="StrengthFromOffensiveFlag"/>) or its world export share
/// ≥ <see cref="StrengthWorldShareMin"/>; B is dependent when China's share of its imports ≥
/// <see cref="DependenceChinaShareMin"/>, its import HHI ≥ <see cref="DependenceHhiMin"/>, or (if
/// <see cref="DependenceFromDefensiveFlag"/>) its D flag holds. IO level (per sector industry): B's PTF of the risk region
/// is at least <see cref="PtfAsymmetryMin"/> times A's, i.e. B's chains into that industry pass the risk region markedly
/// more often than A's. An opportunity is A's strength (or less exposed chains) meeting B's dependence.
/// </summary>
public sealed record CooperationRule
{
    /// <summary>The defaults: world export share ≥ 0.20 or O flag; China share ≥ 0.5 or HHI ≥ 0.4; PTF ratio ≥ 1.25.</summary>
    public static CooperationRule Default { get; } = new();

    /// <summary>Strength: world export share at or above this (default 0.20, chapter 4's O threshold).</summary>
    public double StrengthWorldShareMin { get; init; } = 0.20;

    /// <summary>Strength also when chapter 4's O flag holds (default true; it adds RCA with world export concentration when RCA exists).</summary>
    public bool StrengthFromOffensiveFlag { get; init; } = true;

    /// <summary>Dependence: China's share of imports at or above this (default 0.5, Korea's EWS screening threshold).</summary>
    public double DependenceChinaShareMin { get; init; } = 0.5;

    /// <summary>Dependence: import HHI at or above this (default 0.4, chapter 4's D threshold).</summary>
    public double DependenceHhiMin { get; init; } = 0.4;

    /// <summary>Dependence also when chapter 4's D flag holds (default false: the D flag's M/X &gt; 1 marks almost every raw material of both importers).</summary>
    public bool DependenceFromDefensiveFlag { get; init; }

    /// <summary>IO asymmetry: PTF of the dependent side over the other's at or above this (default 1.25).</summary>
    public double PtfAsymmetryMin { get; init; } = 1.25;

    /// <summary>The rule in words with its thresholds.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"trade: A strong = {(StrengthFromOffensiveFlag ? "O flag or " : "")}world export share ≥ {StrengthWorldShareMin:0.##}; "
        + $"B dependent = China share of imports ≥ {DependenceChinaShareMin:0.##} or import HHI ≥ {DependenceHhiMin:0.##}{(DependenceFromDefensiveFlag ? " or D flag" : "")}; "
        + $"IO: PTF(R) of B ≥ {PtfAsymmetryMin:0.##} × PTF(R) of A in the same industry; opportunity = A strong (or less exposed) meeting B dependent");
}
