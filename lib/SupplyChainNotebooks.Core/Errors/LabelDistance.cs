namespace SupplyChainNotebooks.Errors;

/// <summary>Ranks candidate labels by closeness to a misspelt one (case-insensitive edit distance, prefix bonus).</summary>
public static class LabelDistance
{
    /// <summary>Returns up to <paramref name="count"/> distinct candidates closest to <paramref name="label"/>.</summary>
    public static IReadOnlyList<string> Closest(string label, IEnumerable<string> candidates, int count)
    {
        var target = label.ToUpperInvariant();
        return candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(c => (c, d: Score(target, c.ToUpperInvariant())))
            .OrderBy(t => t.d).ThenBy(t => t.c, StringComparer.Ordinal)
            .Take(count)
            .Select(t => t.c)
            .ToArray();
    }

    private static int Score(string a, string b)
    {
        var d = Levenshtein(a, b);
        return b.StartsWith(a, StringComparison.Ordinal) || a.StartsWith(b, StringComparison.Ordinal) ? d - 1 : d;
    }

    /// <summary>Classic edit distance (insert, delete, substitute all cost 1).</summary>
    public static int Levenshtein(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
