using System.Collections.Immutable;
using System.Globalization;
using SupplyChainNotebooks.Chapters.KoreaJapan;

namespace SupplyChainNotebooks.Chapters.Synthesis;

/// <summary>
/// Applies <see cref="CooperationRule"/> to the chapter 5 deep-dives: trade-level pairs (one side's choke-point strength
/// meeting the other's dependence) and IO-level PTF asymmetries, each with the numbers behind it.
/// </summary>
public static class CooperationOpportunities
{
    /// <summary>Opportunities of every deep-dive, trade level first, then IO level, sector by sector.</summary>
    public static ImmutableArray<CooperationOpportunity> Find(IEnumerable<SectorDeepDive> dives, CooperationRule? rule = null)
    {
        rule ??= CooperationRule.Default;
        return [.. dives.SelectMany(d => FromTrade(d.Trade, rule).Concat(FromIo(d.Io, rule)))];
    }

    /// <summary>Trade-level opportunities among rows of the same trade items.</summary>
    public static ImmutableArray<CooperationOpportunity> FromTrade(IEnumerable<DeepDiveTradeRow> rows, CooperationRule? rule = null)
    {
        rule ??= CooperationRule.Default;
        var list = new List<CooperationOpportunity>();
        foreach (var (a, b) in Pairs(rows))
        {
            if (!Strong(a, rule, out var why) || !Dependent(b, rule, out var dep)) continue;
            list.Add(new CooperationOpportunity(a.SectorId, "trade", a.TradeItemName, a.Reporter, b.Reporter, a.WorldExportShare, b.ChinaShare, why, dep, a.Year));
        }
        return [.. list];
    }

    /// <summary>IO-level opportunities: for each sector industry, B's PTF of the risk region at least the rule's multiple of A's.</summary>
    public static ImmutableArray<CooperationOpportunity> FromIo(IEnumerable<DeepDiveIoRow> rows, CooperationRule? rule = null)
    {
        rule ??= CooperationRule.Default;
        var list = new List<CooperationOpportunity>();
        foreach (var g in rows.Where(r => r.Ptf is > 0).GroupBy(r => (r.SectorId, r.Label)))
            foreach (var a in g)
                foreach (var b in g.Where(b => b.Country != a.Country))
                {
                    var ratio = b.Ptf!.Value / a.Ptf!.Value;
                    if (ratio < rule.PtfAsymmetryMin) continue;
                    list.Add(new CooperationOpportunity(a.SectorId, "IO", $"{a.Label}", a.Country, b.Country, a.Ptf, b.Ptf,
                        Inv($"{a.Sink}: PTF({a.Risk}) {a.Ptf:0.###}, VS {a.Vs:P2}"),
                        Inv($"{b.Sink}: PTF({b.Risk}) {b.Ptf:0.###} = {ratio:0.##} × {a.Country}'s (≥ {rule.PtfAsymmetryMin:0.##}), VS {b.Vs:P2}"),
                        a.Year));
                }
        return [.. list];
    }

    /// <summary>Every ordered pair of a trade item with A's world export share and China's share of B's imports (the complementarity map).</summary>
    public static ImmutableArray<ComplementarityPoint> Map(IEnumerable<DeepDiveTradeRow> rows, CooperationRule? rule = null)
    {
        rule ??= CooperationRule.Default;
        return
        [
            .. Pairs(rows).Where(p => p.A.WorldExportShare is not null && p.B.ChinaShare is not null)
                .Select(p => new ComplementarityPoint(p.A.SectorId, p.A.TradeItemName, p.A.Reporter, p.B.Reporter, p.A.WorldExportShare!.Value,
                    p.B.ChinaShare!.Value, p.B.ImportHhi, Strong(p.A, rule, out _), Dependent(p.B, rule, out _))),
        ];
    }

    /// <summary>True when A meets the strength clause; <paramref name="why"/> gives the numbers.</summary>
    public static bool Strong(DeepDiveTradeRow a, CooperationRule rule, out string why)
    {
        var byShare = a.WorldExportShare is { } w && w >= rule.StrengthWorldShareMin;
        var byFlag = rule.StrengthFromOffensiveFlag && a.Offensive == true;
        why = Inv($"{a.Reporter}: world export share {F(a.WorldExportShare, "P1")} ({(byShare ? "≥" : "<")} {rule.StrengthWorldShareMin:P0})")
            + (rule.StrengthFromOffensiveFlag ? $", O flag {Flag(a.Offensive)}" : "");
        return a.HasData && (byShare || byFlag);
    }

    /// <summary>True when B meets the dependence clause; <paramref name="why"/> gives the numbers.</summary>
    public static bool Dependent(DeepDiveTradeRow b, CooperationRule rule, out string why)
    {
        var china = b.ChinaShare is { } c && c >= rule.DependenceChinaShareMin;
        var hhi = b.ImportHhi is { } h && h >= rule.DependenceHhiMin;
        var flag = rule.DependenceFromDefensiveFlag && b.Defensive == true;
        why = Inv($"{b.Reporter}: China share {F(b.ChinaShare, "P1")} ({(china ? "≥" : "<")} {rule.DependenceChinaShareMin:P0}), HHI {F(b.ImportHhi, "F3")} ({(hhi ? "≥" : "<")} {rule.DependenceHhiMin:0.##})")
            + (rule.DependenceFromDefensiveFlag ? $", D flag {Flag(b.Defensive)}" : "")
            + (b.Status == DeepDiveTradeRow.ProxyStatus ? " [JPY customs proxy]" : "");
        return b.HasData && (china || hhi || flag);
    }

    private static IEnumerable<(DeepDiveTradeRow A, DeepDiveTradeRow B)> Pairs(IEnumerable<DeepDiveTradeRow> rows) =>
        rows.GroupBy(r => (r.SectorId, r.TradeItemId))
            .SelectMany(g => g.SelectMany(a => g.Where(b => b.Reporter != a.Reporter).Select(b => (a, b))));

    private static string Flag(bool? f) => f switch { true => "holds", false => "does not hold", _ => "n/a" };

    private static string F(double? v, string format) => v is { } d ? d.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
