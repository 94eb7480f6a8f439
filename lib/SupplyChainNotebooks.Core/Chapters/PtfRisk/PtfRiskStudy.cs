using System.Collections.Immutable;
using Deedle;
using SupplyChainNotebooks.Analysis;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// Chapter 3 on one table: the KIEP configurations K-A…K-D (methodology §1.9), the KOR↔JPN cross-link (F5), the
/// country decomposition for stacked bars and the verdicts F1–F5. (I − A) is factored once; results are computed on
/// first use and kept. Every result is an immutable record list with a Deedle frame conversion.
/// </summary>
public sealed class PtfRiskStudy
{
    private readonly Dictionary<string, SinkRanking> _rankings = new(StringComparer.Ordinal);
    private readonly Lazy<CrossLinkMatrix> _crossLinks;
    private readonly Lazy<(NodeSet set, ImmutableArray<string> missing)> _kaSources;

    /// <summary>Sets the study up on a table.</summary>
    /// <param name="table">The table (its dataset id selects the industry codes of the concordance).</param>
    /// <param name="parameters">Parameters (default <see cref="PtfRiskParameters.Default"/>).</param>
    /// <param name="sectors">Industry concordance (default <see cref="KiepSectorConcordance.Default"/>).</param>
    /// <param name="solver">An existing factorisation of the table (optional).</param>
    /// <param name="shared">An engine of the same table whose factorisations (incl. the extraction for θ) are reused when its
    /// risk region is the same as this study's (optional; used by the sensitivity table).</param>
    public PtfRiskStudy(MrioTable table, PtfRiskParameters? parameters = null, KiepSectorConcordance? sectors = null, LeontiefSolver? solver = null,
        PassThroughFrequency? shared = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
        Parameters = parameters ?? PtfRiskParameters.Default;
        Sectors = sectors ?? KiepSectorConcordance.Default;
        Solver = shared?.Solver ?? solver ?? LeontiefSolver.Factor(table);
        Risk = NodeSet.Resolve(table, Parameters.Risk);
        Engine = shared is not null && ReferenceEquals(shared.Table, table) && shared.Risk.Indices.SequenceEqual(Risk.Indices)
            ? shared.With(Parameters.OptionsFor(Parameters.KaMinTivaMusd))
            : new PassThroughFrequency(Solver, Risk, Parameters.OptionsFor(Parameters.KaMinTivaMusd));
        _kaSources = new(() =>
        {
            var expr = Sectors.Expression(table, Parameters.SourceCountries, [Parameters.SourceSector], out var missing);
            return (NodeSet.Resolve(table, expr), [.. missing]);
        });
        _crossLinks = new(() => CrossLinkMatrix.Compute(Engine, Parameters.SinkCountries[0], Parameters.SinkCountries[1],
            Sectors.IndustriesIn(table, KiepSectorConcordance.ManufacturingSectors)));
    }

    /// <summary>Loads a catalog dataset year and sets the study up.</summary>
    public static PtfRiskStudy Load(string datasetId, int year, PtfRiskParameters? parameters = null, DataFolder? folders = null) =>
        new(TableLoader.Load(datasetId, year, folders), parameters);

    /// <summary>The table.</summary>
    public MrioTable Table { get; }

    /// <summary>Parameters in force.</summary>
    public PtfRiskParameters Parameters { get; }

    /// <summary>Industry concordance used.</summary>
    public KiepSectorConcordance Sectors { get; }

    /// <summary>Factorisation of (I − A).</summary>
    public LeontiefSolver Solver { get; }

    /// <summary>Risk region R.</summary>
    public NodeSet Risk { get; }

    /// <summary>PTF engine for R with the K-A TiVA filter.</summary>
    public PassThroughFrequency Engine { get; }

    /// <summary>K-A sources S (mining of the source countries present in the table).</summary>
    public NodeSet KaSources => _kaSources.Value.set;

    /// <summary>Source countries the table lacks (left out of S).</summary>
    public ImmutableArray<string> MissingSourceCountries => _kaSources.Value.missing;

    /// <summary>K-B source set (Japan's electrical and optical equipment by default).</summary>
    public NodeSet KbSources => Sectors.Resolve(Table, Parameters.KbSourceCountry, Parameters.ItSector);

    /// <summary>K-C source set (Korea's electrical and optical equipment by default).</summary>
    public NodeSet KcSources => Sectors.Resolve(Table, Parameters.KcSourceCountry, Parameters.ItSector);

    /// <summary>The configurations as run on this table.</summary>
    public IReadOnlyList<KiepConfiguration> Configurations()
    {
        var p = Parameters;
        var w = p.Weighting.ToText();
        var c = p.Convention.ToText();
        var list = new List<KiepConfiguration>();
        foreach (var country in p.SinkCountries)
            list.Add(new($"K-A {country}", "F1", $"mining sources → each industry of {country}, ranked by PTF(R)", KaSources.Expression,
                $"every industry of {country}", Risk.Expression, w, c, p.KaMinTivaMusd));
        list.Add(new("K-B", "F2", "Japan's IT manufacturing → each foreign industry", KbSources.Expression, $"every industry outside {p.KbSourceCountry}",
            Risk.Expression, w, c, p.PairMinTivaMusd));
        list.Add(new("K-C", "F3", "Korea's IT manufacturing → each foreign industry", KcSources.Expression, $"every industry outside {p.KcSourceCountry}",
            Risk.Expression, w, c, p.PairMinTivaMusd));
        list.Add(new("K-D", "F4", "frequency (PTF, φ) vs volume (VS) across the K-A sinks", KaSources.Expression,
            $"every industry of {string.Join(" and ", p.SinkCountries)}", Risk.Expression, w, c, p.KaMinTivaMusd));
        return list;
    }

    /// <summary>
    /// The concordance rows of every KIEP sector this study uses on its table — the K-A and K-B/K-C source sectors, the
    /// sectors the rules name and the manufacturing sectors of the F5 cross-link — in file order.
    /// </summary>
    public IReadOnlyList<KiepSectorEntry> SectorChoices(FindingRules? rules = null)
    {
        rules ??= FindingRules.Default;
        var used = new HashSet<string>(new[] { Parameters.SourceSector, Parameters.ItSector }
            .Concat(rules.F1.Named.Concat(rules.F2.Named).Concat(rules.F3.Named).Select(n => n.Sector))
            .Concat(KiepSectorConcordance.ManufacturingSectors), StringComparer.OrdinalIgnoreCase);
        return Sectors.Entries.Where(e => string.Equals(e.Dataset, Table.DatasetId, StringComparison.OrdinalIgnoreCase) && used.Contains(e.Sector)).ToArray();
    }

    /// <summary>Configurations as a frame.</summary>
    public Frame<int, string> ConfigurationsToFrame() => Frame.FromRecords(Configurations());

    /// <summary>K-A: mining sources → every industry of <paramref name="sinkCountry"/>, ranked.</summary>
    public SinkRanking KA(string sinkCountry) => Cached($"K-A {sinkCountry.ToUpperInvariant()}", () =>
    {
        var notes = MissingSourceCountries.IsEmpty ? [] : new[] { $"source countries not in {Table.Describe()}: {string.Join(", ", MissingSourceCountries)}" };
        return SinkRanking.Compute(Engine, KaSources, NodeSet.Resolve(Table, sinkCountry), $"K-A {sinkCountry.ToUpperInvariant()}", Parameters.Weighting,
            Parameters.IncludeSinksInRisk, Sectors, $"every industry of {sinkCountry}", notes.Concat(CoarseNotes(Parameters.SourceSector)));
    });

    /// <summary>K-A for every sink country of the parameters.</summary>
    public IReadOnlyList<SinkRanking> KA() => Parameters.SinkCountries.Select(KA).ToArray();

    /// <summary>K-B: Japan's IT manufacturing → every foreign industry, with the pair TiVA filter (default the parameters').</summary>
    public SinkRanking KB(double? minTivaMusd = null) => ForeignRanking("K-B", KbSources, Parameters.KbSourceCountry, minTivaMusd);

    /// <summary>K-C: Korea's IT manufacturing → every foreign industry.</summary>
    public SinkRanking KC(double? minTivaMusd = null) => ForeignRanking("K-C", KcSources, Parameters.KcSourceCountry, minTivaMusd);

    /// <summary>K-D: frequency vs volume across the K-A sinks of every sink country (pooled OLS, residuals, φ − VS).</summary>
    public FrequencyVolumeAnalysis KD(FrequencyMeasure measure = FrequencyMeasure.Ptf) => FrequencyVolumeAnalysis.Compute(KA(), measure);

    /// <summary>F5: the cross-link matrix between the manufacturing industries of the two sink countries.</summary>
    public CrossLinkMatrix CrossLinks() => _crossLinks.Value;

    /// <summary>Country decomposition of appearances for the sinks of a ranking (stacked bars), optionally only its top rows.</summary>
    public ImmutableArray<CountryAppearanceRow> Appearances(SinkRanking ranking, int? top = null)
    {
        var sinks = (top is { } k ? ranking.Top(k) : ranking.Ranked).Select(r => r.Sink);
        var sources = NodeSet.Resolve(Table, ranking.Source);
        var engine = Engine.With(Engine.Options with { MinTivaFlowMusd = ranking.MinTivaMusd, Convention = ranking.Convention });
        return CountryAppearances.Compute(engine, sources, sinks, ranking.Configuration, ranking.Weighting);
    }

    /// <summary>The five verdicts under the given rules.</summary>
    public IReadOnlyList<FindingVerdict> Verdicts(FindingRules? rules = null)
    {
        rules ??= FindingRules.Default;
        return
        [
            FindingF1.Evaluate(KA(), rules.F1),
            FindingTopK.F2(KB(), rules.F2),
            FindingTopK.F3(KC(), rules.F3),
            FindingF4.Evaluate(KD(), rules.F4),
            FindingF5.Evaluate(CrossLinks(), rules.F5),
        ];
    }

    /// <summary>The aggregate of the sources into every node of one sector of one country (a headline chain).</summary>
    public SetAggregate Chain(NodeSet sources, SectorRef sink, double minTivaMusd = 0) =>
        Engine.With(Engine.Options with { MinTivaFlowMusd = minTivaMusd }).Aggregate(sources, Sectors.Resolve(Table, sink.Country, sink.Sector), Parameters.Weighting);

    private SinkRanking ForeignRanking(string id, NodeSet sources, string sourceCountry, double? minTivaMusd)
    {
        var min = minTivaMusd ?? Parameters.PairMinTivaMusd;
        return Cached($"{id} {min:R}", () =>
        {
            var sinks = NodeSet.FromIndices(Table, Enumerable.Range(0, Table.NodeCount)
                .Where(j => !string.Equals(Table.Nodes[j].Country, sourceCountry, StringComparison.OrdinalIgnoreCase)), $"every industry outside {sourceCountry}");
            var engine = Engine.With(Engine.Options with { MinTivaFlowMusd = min });
            return SinkRanking.Compute(engine, sources, sinks, id, Parameters.Weighting, Parameters.IncludeSinksInRisk, Sectors,
                $"every industry outside {sourceCountry}", CoarseNotes(Parameters.ItSector));
        });
    }

    private IEnumerable<string> CoarseNotes(string sector)
    {
        var entry = Sectors.Get(Table.DatasetId, sector);
        return entry.Coverage == "exact" ? [] : [$"{Table.DatasetId} {sector} = {string.Join("+", entry.Industries)} ({entry.Coverage}: {entry.Note})"];
    }

    private SinkRanking Cached(string key, Func<SinkRanking> compute)
    {
        if (!_rankings.TryGetValue(key, out var r)) _rankings[key] = r = compute();
        return r;
    }
}
