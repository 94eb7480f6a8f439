using System.Diagnostics;
using System.Globalization;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Notebooks;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary>Options and execution shared by <c>scn notebooks run</c> and <c>scn reproduce</c>.</summary>
public static class ReportOptions
{
    /// <summary>--all.</summary>
    public static OptionSpec AllNotebooks { get; } = new("--all", null, "run every chapter notebook in reading order (the default without NAMES)");

    /// <summary>-p NAME=VALUE.</summary>
    public static OptionSpec Parameter { get; } = new("--param", "NAME=VALUE", "override a parameter of the notebooks' parameters cell (repeatable)", Repeatable: true, Alias: "-p");

    /// <summary>--out DIR.</summary>
    public static OptionSpec Out { get; } = new("--out", "DIR", "report folder (default out/ in the repository)");

    /// <summary>--png.</summary>
    public static OptionSpec Png { get; } = new("--png", null, "also export every chart as PNG (Plotly.NET.ImageExport with /usr/bin/chromium)");

    /// <summary>--cell-timeout SECONDS.</summary>
    public static OptionSpec CellTimeout { get; } = new("--cell-timeout", "SECONDS",
        $"stop a cell running longer than this (default {NotebookRunOptions.DefaultCellTimeout.TotalSeconds:F0})");

    /// <summary>All report options.</summary>
    public static IReadOnlyList<OptionSpec> All { get; } = [AllNotebooks, Parameter, Out, Png, CellTimeout];

    /// <summary>Parses -p values (NAME=VALUE).</summary>
    /// <exception cref="UsageException">A value without '='.</exception>
    public static IReadOnlyDictionary<string, string> Parameters(ParsedArguments args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in args.All("--param"))
        {
            var eq = p.IndexOf('=');
            if (eq <= 0) throw new UsageException($"-p expects NAME=VALUE, got '{p}'");
            result[p[..eq].Trim()] = p[(eq + 1)..];
        }
        return result;
    }

    /// <summary>Runs the notebooks one after another, writes the report, prints a summary; exit 0, or 1 if any notebook failed.</summary>
    public static int Execute(IReadOnlyList<string> notebooks, ParsedArguments args, CommandContext context, string command)
    {
        var parameters = Parameters(args);
        var timeoutSeconds = args.Double("--cell-timeout", NotebookRunOptions.DefaultCellTimeout.TotalSeconds);
        if (!(timeoutSeconds > 0)) throw new UsageException($"{command}: --cell-timeout must be a positive number of seconds");
        var outDir = Path.GetFullPath(args.String("--out") ?? Path.Combine(Data.RepositoryLayout.RequireRoot(), "out"));
        var perNotebook = ReportRun.BindParameters(notebooks, parameters);
        var png = args.Flag("--png");
        if (png && Charts.ChartImage.Browser is null)
        {
            context.Error.WriteLine($"warning: --png ignored: PNG export needs Chromium at {Charts.ChartImage.DefaultBrowser} (apt-get install --no-install-recommends chromium fonts-liberation)");
            png = false;
        }

        var clock = Stopwatch.StartNew();
        var runs = new List<NotebookRun>();
        foreach (var path in notebooks)
        {
            context.Error.WriteLine($"{command}: {Path.GetFileName(path)}");
            var options = new NotebookRunOptions
            {
                Parameters = perNotebook[path],
                CellTimeout = TimeSpan.FromSeconds(timeoutSeconds),
                Progress = context.Error,
            };
            var run = NotebookRunner.RunAsync(path, options).GetAwaiter().GetResult();
            runs.Add(run);
            if (run.Failure is { } f) context.Error.WriteLine($"error: {f}");
        }
        var report = ReportRun.Write(runs, outDir, png, context.Error, clock.Elapsed);
        var failed = runs.Count(r => !r.Succeeded);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{runs.Count - failed} of {runs.Count} notebooks succeeded in {clock.Elapsed.TotalSeconds:F1} s; report: {report}"));
        foreach (var r in runs.Where(r => r.Failure is not null)) context.Out.WriteLine($"FAILED {r.Failure}");
        return failed == 0 ? 0 : 1;
    }
}
