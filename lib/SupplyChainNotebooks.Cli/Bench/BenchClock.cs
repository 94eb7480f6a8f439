using System.Diagnostics;
using System.Globalization;

namespace SupplyChainNotebooks.Cli.Bench;

/// <summary>Timing and memory probes of <c>scn bench</c>: median of k runs, peak resident memory per phase, load.</summary>
internal static class BenchClock
{
    /// <summary>
    /// Runs <paramref name="step"/> k times (each after <paramref name="prepare"/> and a full garbage collection, both
    /// untimed) and returns the median wall time in seconds.
    /// </summary>
    public static double Median(int k, Action step, Action? prepare = null)
    {
        var times = new double[Math.Max(1, k)];
        for (var r = 0; r < times.Length; r++)
        {
            prepare?.Invoke();
            Settle();                                                   // each run starts without the last run's garbage
            var clock = Stopwatch.StartNew();
            step();
            times[r] = clock.Elapsed.TotalSeconds;
        }
        return MedianOf(times);
    }

    /// <summary>Median of measured values.</summary>
    public static double MedianOf(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Collects garbage (compacting the large-object heap) so a phase starts from live data only.</summary>
    public static void Settle()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    /// <summary>
    /// Resets the kernel's peak-resident-set counter (Linux <c>/proc/self/clear_refs</c>); false where unsupported, in
    /// which case <see cref="PeakResidentBytes"/> is the peak of the whole process.
    /// </summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Peak resident set (VmHWM) since the last reset, or the process peak working set.</summary>
    public static long PeakResidentBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { }
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>The 1-minute load average (how busy the machine was), or null where unknown.</summary>
    public static double? LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>CPU model name from /proc/cpuinfo, or the architecture.</summary>
    public static string Machine()
    {
        try
        {
            var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (model is not null) return $"{model[(model.IndexOf(':') + 1)..].Trim()}, {Environment.ProcessorCount} cores";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return $"{System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} cores";
    }
}
