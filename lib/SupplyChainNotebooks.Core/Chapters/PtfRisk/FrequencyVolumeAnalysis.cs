using System.Collections.Immutable;
using Deedle;

namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>
/// Configuration K-D (methodology §1.7, §1.9): frequency against volume across the sinks of one or more per-sink
/// rankings (pooled), with an OLS line of the frequency measure on VS and the residuals, plus the like-for-like gap
/// φ − VS per sink.
/// </summary>
/// <param name="Measure">Frequency measure on the vertical axis.</param>
/// <param name="Points">One point per sink with defined PTF and VS.</param>
/// <param name="Fit">Pooled OLS line (null with fewer than two points or a constant VS).</param>
/// <param name="FitsByCountry">OLS line per sink country (null entries left out).</param>
public sealed record FrequencyVolumeAnalysis(
    FrequencyMeasure Measure,
    ImmutableArray<FrequencyVolumePoint> Points,
    OlsLine? Fit,
    ImmutableDictionary<string, OlsLine> FitsByCountry)
{
    /// <summary>Share of points with φ &gt; VS among points where φ is defined (null when none).</summary>
    public double? ShareFrequencyAboveVolume
    {
        get
        {
            var withGap = Points.Where(p => p.Gap is not null).ToArray();
            return withGap.Length == 0 ? null : (double)withGap.Count(p => p.Gap > 0) / withGap.Length;
        }
    }

    /// <summary>The points as a Deedle frame.</summary>
    public Frame<int, string> ToFrame() => Frame.FromRecords(Points);

    /// <summary>Builds the comparison from per-sink rankings (e.g. K-A KOR and K-A JPN).</summary>
    public static FrequencyVolumeAnalysis Compute(IEnumerable<SinkRanking> rankings, FrequencyMeasure measure = FrequencyMeasure.Ptf)
    {
        var raw = rankings.SelectMany(r => r.Ranked.Where(row => row.Vs is not null && row.Ptf is not null)).ToArray();
        double? Frequency(SinkRankingRow r) => measure switch
        {
            FrequencyMeasure.Rptf => r.Rptf,
            FrequencyMeasure.Phi => r.Phi,
            _ => r.Ptf,
        };
        var usable = raw.Where(r => Frequency(r) is not null).ToArray();
        OlsLine? TryFit(IReadOnlyList<SinkRankingRow> rows)
        {
            if (rows.Count < 2) return null;
            var xs = rows.Select(r => r.Vs!.Value).ToArray();
            if (xs.Distinct().Count() < 2) return null;
            return OlsLine.Fit(xs, rows.Select(r => Frequency(r)!.Value).ToArray());
        }
        var fit = TryFit(usable);
        var byCountry = usable.GroupBy(r => r.SinkCountry, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, fit: TryFit(g.ToArray())))
            .Where(t => t.fit is not null)
            .ToImmutableDictionary(t => t.Key, t => t.fit!, StringComparer.OrdinalIgnoreCase);
        var points = usable.Select(r =>
        {
            var f = Frequency(r)!.Value;
            var vs = r.Vs!.Value;
            return new FrequencyVolumePoint(r.Dataset, r.Year, r.Configuration, r.Sink, r.SinkCountry, r.Sector, vs, f, r.Ptf!.Value,
                r.Rptf, r.Phi, r.Phi is { } phi ? phi - vs : null, fit?.Predict(vs), fit?.Residual(vs, f));
        }).ToImmutableArray();
        return new FrequencyVolumeAnalysis(measure, points, fit, byCountry);
    }
}
