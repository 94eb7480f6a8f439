using System.Collections.Concurrent;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// The charts rendered since the last <see cref="Reset"/>, in order. The headless runner shares this process with the
/// notebook kernel, so it resets the log before a notebook and exports the logged charts as PNG afterwards.
/// </summary>
public static class ChartLog
{
    private static readonly ConcurrentQueue<ProjectChart> s_charts = new();
    private static readonly ConcurrentDictionary<string, byte> s_seen = new(StringComparer.Ordinal);

    /// <summary>Charts rendered since the last reset (each once).</summary>
    public static IReadOnlyList<ProjectChart> Rendered => s_charts.ToArray();

    /// <summary>Forgets the charts logged so far.</summary>
    public static void Reset()
    {
        s_charts.Clear();
        s_seen.Clear();
    }

    internal static void Record(ProjectChart chart)
    {
        if (s_seen.TryAdd(chart.Id, 0)) s_charts.Enqueue(chart);
    }
}
