using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Tests;

/// <summary>
/// The 3 countries × 2 sectors world of methodology §2.2 (the library's <see cref="TutorialWorlds"/>, which the tutorial
/// notebook uses too). The tests check it against the methodology's published exact fractions and decimals, so sharing
/// the input data with the library does not weaken the oracle.
/// </summary>
public static class ToyWorld
{
    public static IReadOnlyList<IReadOnlyList<string>> Coefficients => TutorialWorlds.ThreeCountryCoefficientText;

    public static IReadOnlyList<long> FinalDemand => TutorialWorlds.ThreeCountryFinalDemand;

    public static IReadOnlyList<NodeLabel> Nodes => TutorialWorlds.ThreeCountryNodes;

    public static RationalMatrix A => TutorialWorlds.ThreeCountryA;

    public static RationalMatrix ExactB => A.IdentityMinus().Inverse();

    public static MrioTable Table() => TutorialWorlds.ThreeCountry();
}
