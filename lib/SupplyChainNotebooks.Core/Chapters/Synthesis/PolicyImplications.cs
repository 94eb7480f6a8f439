using System.Collections.Immutable;
using System.Globalization;
using SupplyChainNotebooks.Chapters.PtfRisk;

namespace SupplyChainNotebooks.Chapters.Synthesis;

/// <summary>
/// The policy implications of chapter 6, generated from a <see cref="ChapterSynthesis"/>: each paragraph quotes the
/// computed numbers and verdicts it rests on and takes the branch its verdict allows (a finding that does not hold
/// yields the opposite reading), so the text stays true when the data, the parameters or the records change.
/// </summary>
public static class PolicyImplications
{
    /// <summary>The implications, one per topic.</summary>
    public static ImmutableArray<PolicyImplication> Compose(ChapterSynthesis s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return [FrequencyAndValue(s), BilateralChains(s), CriticalProducts(s), DesignationAndWarning(s), Cooperation(s)];
    }

    private static PolicyImplication FrequencyAndValue(ChapterSynthesis s)
    {
        var f4 = s.Verdict("F4");
        var f1 = s.Verdict("F1");
        var share = s.FrequencyVolume.ShareFrequencyAboveVolume;
        var n = s.FrequencyVolume.Points.Count(p => p.Gap is not null);
        var threshold = Headline(s, PolicyHeadline.EwsThreshold);
        var named = string.Join(", ", s.NamedSinks.Select(x => x.Row is null ? $"{x.Named} not ranked" : $"{x.Named} rank {x.Row.Rank} of {x.Ranked}"));
        var text = f4.Outcome == VerdictOutcome.DoesNotHold
            ? Inv($"On {s.Table}, China's share of the node appearances on the routes into Korean and Japanese final products exceeds its share of their value added for only {F(share, "P0")} of {n} sinks (F4 {f4.OutcomeText}). On these data value-based screens — such as Korea's early-warning threshold of a single-country import share {threshold} — do not systematically understate the exposure, and a frequency view adds little beyond them.")
            : Inv($"On {s.Table}, China's share of the node appearances on the routes into Korean and Japanese final products exceeds its share of their value added for {F(share, "P0")} of {n} sinks (F4 {f4.OutcomeText}). Screens built on value or import shares alone — such as Korea's early-warning threshold of a single-country import share {threshold} — therefore see only part of how often production passes through China; a pass-through-frequency screen of the industries ranked highest in chapter 3 ({named}; F1 {f1.OutcomeText}) complements them.");
        return new PolicyImplication("Measure dependence by frequency as well as by value", text, $"F4, F1, {PolicyHeadline.EwsThreshold}");
    }

    private static PolicyImplication BilateralChains(ChapterSynthesis s)
    {
        var f5 = s.Verdict("F5");
        var ranks = f5.Numbers.Where(x => x.Name.EndsWith("rank of R among third countries", StringComparison.Ordinal)).Select(x => x.Value).ToArray();
        var dirs = s.CrossLinkDirections;
        var ptfs = string.Join(", ", dirs.Select(d => Inv($"{d.Direction} PTF {F(d.Ptf, "0.###")}")));
        var ratios = dirs.Select(d => d.RatioToBenchmark).ToArray();
        var ratioText = string.Join(" and ", dirs.Select(d => Inv($"{F(d.RatioToBenchmark, "0.##")} ({d.Direction})")));
        var first = ranks.Length > 0 && ranks.All(r => r == 1)
            ? "the most frequent third country"
            : ranks.Any(r => r == 1) ? "the most frequent third country in one direction only" : "not the most frequent third country";
        var tail = ratios.All(r => r is < 1)
            ? $"They pass China less often than the same sources' chains into all other foreign industries (ratio {ratioText}): the bilateral link is a comparatively China-light route that cooperation can widen."
            : ratios.All(r => r is >= 1)
                ? $"They pass China at least as often as the same sources' chains into other foreign industries (ratio {ratioText}): deeper bilateral links alone do not lower China exposure and need diversification outside the pair."
                : $"Relative to the same sources' chains into other foreign industries the picture differs by direction (ratio {ratioText}).";
        var text = Inv($"China is {first} on the manufacturing chains linking Korea and Japan ({ptfs}; F5 {f5.OutcomeText}). {tail}");
        return new PolicyImplication("Korea–Japan chains and China", text, "F5");
    }

    private static PolicyImplication CriticalProducts(ChapterSynthesis s)
    {
        var parts = s.Classes.Select(c => Inv(
            $"for {c.Reporter} in {c.Year} chapter 4's rule finds {c.Defensive + c.Both} of the {c.Items} specified-product items dependent (defensive or both) and {c.Offensive + c.Both} with choke-point strength (offensive or both); {c.NoData} have no data and {c.Undetermined} cannot be decided (no world exports in the source)"));
        var judged = s.Prior.Agree + s.Prior.Disagree;
        var prior = judged == 0
            ? "The study's prior grouping cannot be judged on these data."
            : Inv($"The rule contradicts the study's prior grouping for {s.Prior.Disagree} of {judged} judged items{(s.Prior.DisagreeItems.IsEmpty ? "" : $" ({string.Join(", ", s.Prior.DisagreeItems.Take(6))})")}, so designations argued from strategic indispensability or autonomy need item-level trade evidence");
        var gaps = s.Classes.Sum(c => c.NoData);
        var text = $"{Cap(string.Join("; ", parts))}. {prior}{(gaps > 0 ? Inv($" — evidence that the trade files lack for {gaps} item-reporter pairs until the full BACI release is used.") : ".")}";
        return new PolicyImplication("Critical products: choke points and dependence", text, "CriticalProductsChapter.ClassifyAll, CompareWithPrior");
    }

    private static PolicyImplication DesignationAndWarning(ChapterSynthesis s)
    {
        var cats = Value(s, PolicyHeadline.JapanCategories);
        var ews = Value(s, PolicyHeadline.EwsItems);
        var lead = Headline(s, PolicyHeadline.EwsMonthsBeforeBasis);
        var text = Inv($"Japan designates {Headline(s, PolicyHeadline.JapanCategories)} by Cabinet Order and supports them through approved supply-assurance plans (recorded budget {Headline(s, PolicyHeadline.JapanBudget)}); Korea screens {Headline(s, PolicyHeadline.EwsItems)} with a single-country share threshold of {Headline(s, PolicyHeadline.EwsThreshold)} and a fund of {Headline(s, PolicyHeadline.KoreaFund)}.");
        if (cats is { } c && ews is { } e && c > 0)
            text += Inv($" Korea's net is about {e / c:0} times as wide, item-based and rule-driven, Japan's narrow and plan-based: Korea's item-level warning can flag disruptions inside Japan's product categories, and Japan's plans show how a designation is turned into supply measures.");
        if (lead != "n/a") text += $" Korea's early warning ran {lead} before its first statutory basis, so the monitoring practice predates the law that now anchors it.";
        return new PolicyImplication("Designation unit and early warning", text, string.Join(", ", PolicyHeadline.JapanCategories, PolicyHeadline.EwsItems, PolicyHeadline.EwsThreshold, PolicyHeadline.KoreaFund));
    }

    private static PolicyImplication Cooperation(ChapterSynthesis s)
    {
        var o = s.Opportunities;
        var stance = s.Stance;
        var stanceText = stance.Total == 0 ? "No statement of Japan's position is recorded."
            : Inv($"Japan's recorded statements go beyond national measures in {stance.Cooperative} of {stance.Total} ({stance.GroupCooperation} with like-minded or multilateral groups, {stance.Bilateral} bilateral or trilateral).");
        var closest = s.Map.OrderByDescending(p => Math.Min(p.WorldExportShare / s.Rule.StrengthWorldShareMin, p.ChinaShare / s.Rule.DependenceChinaShareMin)).FirstOrDefault();
        var nearest = closest is null ? "" : Inv($" the closest trade pair is {closest.Strong} → {closest.Dependent} on {closest.Subject} (world export share {closest.WorldExportShare:P1}, China's share of the imports {closest.ChinaShare:P1}).");
        string text;
        if (o.Length > 0)
        {
            var bySector = o.GroupBy(x => x.SectorId).Select(g =>
                $"{g.Key}: {string.Join("; ", g.Take(4).Select(x => $"{x.Direction} on {x.Subject} ({x.Level})"))}{(g.Count() > 4 ? Inv($" and {g.Count() - 4} more") : "")}");
            text = Inv($"The complementarity rule ({s.Rule.Describe()}) finds {o.Length} opportunities — {string.Join(" | ", bySector)}.");
            if (!o.Any(x => x.Level == "trade")) text += " None is at trade level:" + (nearest.Length == 0 ? " no trade item has both numbers." : nearest);
            text += $" {stanceText} Cooperation on these items and industries fits the stance the statements take.";
        }
        else
            text = Inv($"The complementarity rule ({s.Rule.Describe()}) finds no opportunity at these thresholds;") + (nearest.Length == 0 ? " no trade item has both numbers." : nearest) + $" {stanceText}";
        return new PolicyImplication("Where Korea–Japan cooperation fits", text, "CooperationOpportunities.Find, StanceSummary");
    }

    private static string Headline(ChapterSynthesis s, string name) => s.PolicyHeadlines.FirstOrDefault(h => h.Name == name)?.Display ?? "n/a";

    private static double? Value(ChapterSynthesis s, string name) => s.PolicyHeadlines.FirstOrDefault(h => h.Name == name)?.Value;

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string F(double? v, string format) => v is { } d ? d.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
