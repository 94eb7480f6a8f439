using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.ImageExport;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// PNG export of charts for papers through Plotly.NET.ImageExport (PuppeteerSharp) driving the system Chromium — never a
/// downloaded browser — with plotly.js inline so no network is needed.
/// </summary>
public static class ChartImage
{
    /// <summary>Where Debian installs Chromium.</summary>
    public const string DefaultBrowser = "/usr/bin/chromium";

    /// <summary>The browser used, or null when none is installed.</summary>
    public static string? Browser => File.Exists(DefaultBrowser) ? DefaultBrowser : null;

    /// <summary>Writes <paramref name="chart"/> to <paramref name="path"/> (".png" added when missing).</summary>
    /// <exception cref="SupplyChainException">No Chromium at /usr/bin/chromium, or the export failed.</exception>
    public static string SavePng(ProjectChart chart, string path, int width = 1000, int height = 600)
    {
        var browser = Browser ?? throw new SupplyChainException(
            $"PNG export needs Chromium at {DefaultBrowser} (apt-get install --no-install-recommends chromium fonts-liberation)");
        PuppeteerSharpRendererOptions.localBrowserExecutablePath = FSharpOption<string>.Some(browser);
        PuppeteerSharpRendererOptions.launchOptions.Args =
            ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
        var offline = GenericChart.addDisplayOptions(
            DisplayOptions.init(null, null, null, null, null, null, PlotlyJSReference.Full), chart.Chart);
        var stem = path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? path[..^4] : path;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(stem))!);
        try
        {
            GenericChartExtensions.SavePNG(offline, stem, null, FSharpOption<int>.Some(width), FSharpOption<int>.Some(height));
        }
        catch (Exception e) when (e is not SupplyChainException)
        {
            throw new SupplyChainException($"PNG export of '{chart.Title}' failed: {e.Message}", e);
        }
        return stem + ".png";
    }
}
