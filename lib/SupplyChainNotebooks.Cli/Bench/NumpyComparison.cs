using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace SupplyChainNotebooks.Cli.Bench;

/// <summary>
/// Times numpy (Debian's python3-numpy on the system OpenBLAS) on the same matrix in the same run: LU solve with 100
/// right-hand sides (<c>numpy.linalg.solve</c>) and the inverse (<c>numpy.linalg.inv</c>), median of k runs each. Uses
/// <c>/usr/bin/python3</c> explicitly (a pyenv python on PATH may lack numpy).
/// </summary>
internal static class NumpyComparison
{
    /// <summary>The interpreter used.</summary>
    public const string Python = "/usr/bin/python3";

    private const string Script = """
        import json, sys, time
        import numpy as np
        path, n, k = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
        m = np.fromfile(path, dtype='<f8').reshape(n, n)
        b = np.random.default_rng(1).random((n, 100))
        def median(f):
            ts = []
            for _ in range(k):
                t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
            ts.sort()
            return ts[len(ts) // 2] if len(ts) % 2 else (ts[len(ts) // 2 - 1] + ts[len(ts) // 2]) / 2
        solve = median(lambda: np.linalg.solve(m, b))
        inv = median(lambda: np.linalg.inv(m))
        x = np.linalg.solve(m, b)
        print(json.dumps({"solve": solve, "inverse": inv, "numpy": np.__version__,
                          "residual": float(np.abs(m @ x - b).max())}))
        """;

    /// <summary>Numpy's timings, or null with the reason when numpy is not installed.</summary>
    public sealed record Result(double SolveSeconds, double InverseSeconds, string Version, double Residual);

    /// <summary>Why numpy cannot be used, or null when it can.</summary>
    public static string? Unavailable()
    {
        if (!File.Exists(Python)) return $"{Python} not found";
        var (code, _, error) = Run(["-c", "import numpy"]);
        return code == 0 ? null : $"numpy not importable by {Python} (apt-get install -y --no-install-recommends python3-numpy): {error.Trim()}";
    }

    /// <summary>Writes the row-major matrix and times numpy on it.</summary>
    public static Result Measure(double[] rowMajor, int n, int repeat, string folder)
    {
        var file = Path.Combine(folder, "matrix.f64");
        using (var stream = File.Create(file))
            stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(rowMajor.AsSpan()));
        var script = Path.Combine(folder, "numpy_bench.py");
        File.WriteAllText(script, Script);
        try
        {
            var (code, output, error) = Run([script, file, n.ToString(CultureInfo.InvariantCulture), repeat.ToString(CultureInfo.InvariantCulture)]);
            if (code != 0) throw new Errors.SupplyChainException($"numpy benchmark failed (exit {code}): {error.Trim()}");
            using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
            var root = json.RootElement;
            return new Result(root.GetProperty("solve").GetDouble(), root.GetProperty("inverse").GetDouble(),
                root.GetProperty("numpy").GetString() ?? "?", root.GetProperty("residual").GetDouble());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (int code, string output, string error) Run(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new Errors.SupplyChainException($"cannot start {Python}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
