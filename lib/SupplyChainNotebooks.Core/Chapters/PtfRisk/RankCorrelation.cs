namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>Spearman rank correlation of two rankings over the items they share (average ranks for ties).</summary>
public static class RankCorrelation
{
    /// <summary>ρ over the keys present in both maps; null with fewer than two common keys or a constant side.</summary>
    public static double? Spearman(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        var keys = a.Keys.Where(b.ContainsKey).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        if (keys.Length < 2) return null;
        var ra = Ranks(keys.Select(k => a[k]).ToArray());
        var rb = Ranks(keys.Select(k => b[k]).ToArray());
        double ma = ra.Average(), mb = rb.Average(), sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var da = ra[i] - ma;
            var db = rb[i] - mb;
            sab += da * db; saa += da * da; sbb += db * db;
        }
        return saa > 0 && sbb > 0 ? sab / Math.Sqrt(saa * sbb) : null;
    }

    /// <summary>Ranks 1…n ascending by value, ties sharing their average rank.</summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            var average = (start + end) / 2.0 + 1;
            for (var q = start; q <= end; q++) ranks[order[q]] = average;
            start = end + 1;
        }
        return ranks;
    }
}
