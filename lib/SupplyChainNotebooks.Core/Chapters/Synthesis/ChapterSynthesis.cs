using System.Collections.Immutable;
using System.Globalization;
using Deedle;
using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Chapters.JapanPolicy;
using SupplyChainNotebooks.Chapters.KoreaJapan;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Policy;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Chapters.Synthesis;

/// <summary>
/// Chapter 6: every chapter's headline numbers and verdicts, recomputed by calling the chapter functions —
/// chapter 3's <see cref="PtfRiskStudy.Verdicts"/> and K-A/K-D/cross-link results, chapter 4's
/// <see cref="CriticalProductsChapter.ClassifyAll"/> and <see cref="CriticalProductsChapter.CompareWithPrior"/>, the
/// record-driven <see cref="PolicyHeadline"/>s of chapters 2 and 5, chapter 5's <see cref="SectorDeepDive"/>s — plus the
/// cooperation opportunities (<see cref="CooperationOpportunities"/>) and the policy implications generated from them.
/// Nothing is copied: change a parameter, a record or the data and the table follows.
/// </summary>
public sealed class ChapterSynthesis
{
    private ChapterSynthesis() { }

    /// <summary>Chapter 3's verdicts F1–F5.</summary>
    public ImmutableArray<FindingVerdict> Verdicts { get; private init; }

    /// <summary>Chapter 4's classification summary per reporter.</summary>
    public ImmutableArray<ItemClassSummary> Classes { get; private init; }

    /// <summary>Chapter 4's rule compared with the study's prior (Japan): agreements, disagreements, not judged.</summary>
    public (int Agree, int Disagree, int NotJudged, ImmutableArray<string> DisagreeItems) Prior { get; private init; }

    /// <summary>Chapters 2 and 5: record-driven headlines.</summary>
    public ImmutableArray<PolicyHeadline> PolicyHeadlines { get; private init; }

    /// <summary>Japan's stance on cooperation from the statements.</summary>
    public StanceSummary Stance { get; private init; } = null!;

    /// <summary>Chapter 5: the sector comparisons.</summary>
    public ImmutableArray<SectorComparisonSummary> Sectors { get; private init; }

    /// <summary>The cooperation rule used.</summary>
    public CooperationRule Rule { get; private init; } = CooperationRule.Default;

    /// <summary>Cooperation opportunities found by <see cref="Rule"/>.</summary>
    public ImmutableArray<CooperationOpportunity> Opportunities { get; private init; }

    /// <summary>The complementarity map (every ordered pair of a trade item with both numbers).</summary>
    public ImmutableArray<ComplementarityPoint> Map { get; private init; }

    /// <summary>The synthesis table.</summary>
    public ImmutableArray<SynthesisRow> Rows { get; private set; }

    /// <summary>Chapter 3's frequency-vs-volume comparison (K-D) the F4 verdict rests on.</summary>
    public FrequencyVolumeAnalysis FrequencyVolume { get; private init; } = null!;

    /// <summary>Chapter 3's K-A rankings (one per sink country).</summary>
    public ImmutableArray<SinkRanking> Rankings { get; private init; }

    /// <summary>The sinks named by the F1 rule with their K-A rows (null when not ranked) and the number of sinks ranked.</summary>
    public ImmutableArray<(string Named, SinkRankingRow? Row, int Ranked)> NamedSinks { get; private init; }

    /// <summary>The KOR↔JPN cross-link directions (F5).</summary>
    public ImmutableArray<CrossLinkDirection> CrossLinkDirections { get; private init; }

    /// <summary>Dataset and year of the IO parts.</summary>
    public string Table { get; private init; } = "";

    /// <summary>Trade year.</summary>
    public int TradeYear { get; private init; }

    /// <summary>Recomputes every headline.</summary>
    /// <param name="study">Chapter 3 on the chosen table.</param>
    /// <param name="rules">Verdict rules (default <see cref="FindingRules.Default"/>).</param>
    /// <param name="chapter4">Chapter 4 over the trade sources.</param>
    /// <param name="tradeYear">Trade year of chapters 4 and 5.</param>
    /// <param name="records">Policy records.</param>
    /// <param name="dives">Chapter 5's deep-dives (computed on the same study and chapter 4).</param>
    /// <param name="rule">Cooperation rule (default <see cref="CooperationRule.Default"/>).</param>
    public static ChapterSynthesis Compute(PtfRiskStudy study, FindingRules? rules, CriticalProductsChapter chapter4, int tradeYear,
        PolicyRecordSet records, IReadOnlyList<SectorDeepDive> dives, CooperationRule? rule = null)
    {
        rule ??= CooperationRule.Default;
        var verdicts = study.Verdicts(rules).ToImmutableArray();
        var rankings = study.KA().ToImmutableArray();
        var kd = study.KD();
        var classes = study.Parameters.SinkCountries.Select(r => Summarise(chapter4, r, tradeYear)).ToImmutableArray();
        var prior = chapter4.CompareWithPrior(tradeYear, "JPN");
        var headlines = PolicyHeadline.Compute(records);
        var stance = StanceSummary.Of(CooperationStatement.For(records));
        var sectors = dives.Select(d => d.Summary()).ToImmutableArray();
        var opportunities = CooperationOpportunities.Find(dives, rule);
        var map = CooperationOpportunities.Map(dives.SelectMany(d => d.Trade), rule);
        var named = (rules ?? FindingRules.Default).F1.Named.Select(n =>
        {
            var ranking = rankings.FirstOrDefault(r => r.Rows.Any(x => string.Equals(x.SinkCountry, n.Country, StringComparison.OrdinalIgnoreCase)));
            return (n.ToString(), ranking?.Ranked.FirstOrDefault(n.Matches), ranking?.Ranked.Count() ?? 0);
        }).ToImmutableArray();
        var s = new ChapterSynthesis
        {
            NamedSinks = named,
            CrossLinkDirections = study.CrossLinks().Directions,
            Verdicts = verdicts,
            Rankings = rankings,
            FrequencyVolume = kd,
            Classes = classes,
            Prior = (prior.Count(p => p.Agrees == true), prior.Count(p => p.Agrees == false), prior.Count(p => p.Agrees is null),
                [.. prior.Where(p => p.Agrees == false).Select(p => p.ItemId).Distinct()]),
            PolicyHeadlines = headlines,
            Stance = stance,
            Sectors = sectors,
            Rule = rule,
            Opportunities = opportunities,
            Map = map,
            Table = study.Table.Describe(),
            TradeYear = tradeYear,
        };
        s.Rows = s.BuildRows(study, rules ?? FindingRules.Default);
        return s;
    }

    /// <summary>The policy implications generated from the numbers and verdicts.</summary>
    public ImmutableArray<PolicyImplication> Implications() => PolicyImplications.Compose(this);

    /// <summary>The synthesis table as a Deedle frame.</summary>
    public Frame<int, string> ToFrame() => Frame.FromRecords(Rows);

    /// <summary>The verdict of one finding.</summary>
    public FindingVerdict Verdict(string finding) => Verdicts.Single(v => v.Finding == finding);

    /// <summary>Chapter 4's summary of chapter 4's specified-product items for one reporter.</summary>
    public static ItemClassSummary Summarise(CriticalProductsChapter chapter4, string reporter, int year)
    {
        var all = chapter4.ClassifyAll(reporter, year);
        var data = all.Where(c => c.Indicators.HasData).ToArray();
        var china = data.Where(c => c.Indicators.ChinaShare is not null).OrderByDescending(c => c.Indicators.ChinaShare).FirstOrDefault();
        var hhi = data.Where(c => c.Indicators.ImportHhi is not null).Select(c => c.Indicators.ImportHhi!.Value).Order().ToArray();
        double? median = hhi.Length == 0 ? null : hhi.Length % 2 == 1 ? hhi[hhi.Length / 2] : (hhi[hhi.Length / 2 - 1] + hhi[hhi.Length / 2]) / 2;
        int Count(ItemClass k) => all.Count(c => c.Class == k);
        return new ItemClassSummary(CountryCodes.Normalise(reporter), year, all.Count, Count(ItemClass.Offensive), Count(ItemClass.Defensive), Count(ItemClass.Both),
            Count(ItemClass.Monitor), Count(ItemClass.Undetermined), Count(ItemClass.NoData), data.Length,
            data.Count(c => c.Indicators.Unit == TradeValueUnit.Jpy), data.Count(c => c.Indicators.ChinaShare >= 0.5),
            china?.Indicators.Item.Name, china?.Indicators.ChinaShare, median);
    }

    private ImmutableArray<SynthesisRow> BuildRows(PtfRiskStudy study, FindingRules rules)
    {
        var rows = new List<SynthesisRow>();
        rows.AddRange(PolicyHeadlines.Where(h => h.Chapter == 2).Select(h => new SynthesisRow(2, "policy records", h.Name, h.Value, h.Display, null, "PolicyHeadline.Compute")));
        rows.Add(new SynthesisRow(2, "statements", "Japan: statements going beyond national measures", Stance.Cooperative, Stance.Describe(), null, "StanceSummary.Of"));

        foreach (var v in Verdicts)
            rows.Add(new SynthesisRow(3, v.Finding, v.Claim, null, v.Reason, v.OutcomeText, "PtfRiskStudy.Verdicts"));
        foreach (var (named, best, ranked) in NamedSinks)
            rows.Add(new SynthesisRow(3, "K-A", $"PTF({study.Risk.Expression}) from the mining sources into {named} ({best?.Sink ?? "not ranked"})", best?.Ptf,
                best is null ? "n/a" : Inv($"{best.Ptf:0.###} appearances; rank {best.Rank} of {ranked}; RPTF {best.Rptf:0.##}; VS({study.Risk.Expression}) {best.Vs:P2}"),
                null, "PtfRiskStudy.KA"));
        foreach (var r in Rankings)
        {
            var vs = r.Ranked.Where(x => x.Vs is not null).Select(x => x.Vs!.Value).ToArray();
            rows.Add(new SynthesisRow(3, "K-A", $"mean VS({study.Risk.Expression}) over the {r.Rows.FirstOrDefault()?.SinkCountry} sinks", vs.Length == 0 ? null : vs.Average(),
                vs.Length == 0 ? "n/a" : Inv($"{vs.Average():P2} of final-product value ({vs.Length} sinks); mean PTF {r.MeanPtf:0.###}"), null, "PtfRiskStudy.KA"));
        }
        var share = FrequencyVolume.ShareFrequencyAboveVolume;
        rows.Add(new SynthesisRow(3, "K-D", "share of sinks where China's appearance share φ exceeds its value-added share VS", share,
            Inv($"{F(share, "P1")} of {FrequencyVolume.Points.Count(p => p.Gap is not null)} sinks"), null, "PtfRiskStudy.KD"));
        foreach (var d in CrossLinkDirections)
            rows.Add(new SynthesisRow(3, "F5", $"{d.Direction}: PTF({study.Risk.Expression}) of the manufacturing cross-link chains", d.Ptf,
                Inv($"{F(d.Ptf, "0.###")} appearances; {F(d.RatioToBenchmark, "0.##")} × the same sources' chains into every foreign sink; θ {F(d.Theta, "P1")}"), null, "PtfRiskStudy.CrossLinks"));

        foreach (var c in Classes)
        {
            rows.Add(new SynthesisRow(4, $"classification {c.Reporter}", $"{c.Reporter}: specified-product items by class ({c.Year})", c.Items,
                $"{c.Items} items: offensive {c.Offensive}, defensive {c.Defensive}, both {c.Both}, monitor {c.Monitor}, undetermined {c.Undetermined}, no data {c.NoData}",
                null, "CriticalProductsChapter.ClassifyAll"));
            rows.Add(new SynthesisRow(4, $"concentration {c.Reporter}", $"{c.Reporter}: items where China supplies at least half of the imports", c.ChinaMajority,
                Inv($"{c.ChinaMajority} of {c.WithData} items with data ({c.JpyProxies} on JPY customs groups); highest: {c.TopChinaItem ?? "n/a"} {F(c.TopChinaShare, "P1")}; median import HHI {F(c.MedianImportHhi, "0.###")}"),
                null, "CriticalProductsChapter.ClassifyAll"));
        }
        rows.Add(new SynthesisRow(4, "prior", "JPN: the rule's class against the study's prior grouping", Prior.Disagree,
            $"agrees {Prior.Agree}, contradicts {Prior.Disagree} ({string.Join(", ", Prior.DisagreeItems)}), not judged {Prior.NotJudged}", null, "CriticalProductsChapter.CompareWithPrior"));

        rows.AddRange(PolicyHeadlines.Where(h => h.Chapter == 5).Select(h => new SynthesisRow(5, "policy records", h.Name, h.Value, h.Display, null, "PolicyHeadline.Compute")));
        foreach (var s in Sectors)
            rows.Add(new SynthesisRow(5, s.SectorId, $"{s.CountryA}/{s.CountryB} PTF({study.Risk.Expression}) of the core industry ({s.CoreSinkA ?? "n/a"} vs {s.CoreSinkB ?? "n/a"})", s.CorePtfRatio,
                Inv($"{F(s.CorePtfA, "0.###")} vs {F(s.CorePtfB, "0.###")} (ratio {F(s.CorePtfRatio, "0.##")}); China's share higher for {s.CountryA} in {s.ChinaShareHigherA} and for {s.CountryB} in {s.ChinaShareHigherB} of {s.TradeItemsComparable} comparable items; {s.TradeGaps} trade rows without data"),
                null, "SectorDeepDive.Summary"));
        rows.Add(new SynthesisRow(6, "cooperation", "Korea–Japan cooperation opportunities found by the complementarity rule", Opportunities.Length,
            $"{Opportunities.Count(o => o.Level == "trade")} trade-level, {Opportunities.Count(o => o.Level == "IO")} IO-level ({Rule.Describe()})", null, "CooperationOpportunities.Find"));
        return [.. rows];
    }

    private static string F(double? v, string format) => v is { } d ? d.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
