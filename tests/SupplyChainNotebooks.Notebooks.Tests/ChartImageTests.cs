using SupplyChainNotebooks.Charts;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>PNG export through Plotly.NET.ImageExport with the system Chromium, offline.</summary>
public sealed class ChartImageTests
{
    [SkippableFact]
    public void A_chart_exports_as_a_png_of_the_requested_size()
    {
        Skip.IfNot(File.Exists(ChartImage.DefaultBrowser), $"Chromium is not installed at {ChartImage.DefaultBrowser}; .ci/run installs it");
        var chart = BarChart.Grouped("PNG export check", new Axis("Category", "label"), new Axis("Value", "unit"), ["a", "b"], [new BarSeries("s", [1.0, 2.0])]);
        var path = Path.Combine(Path.GetTempPath(), "scn-png-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var file = ChartImage.SavePng(chart, path, 640, 400);
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
            // IHDR: width and height, big-endian, at bytes 16..23.
            Assert.Equal(640, (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]);
            Assert.Equal(400, (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23]);
            Assert.True(bytes.Length > 5_000, $"a {bytes.Length}-byte PNG is too small to hold a drawn chart");
        }
        finally
        {
            if (File.Exists(path + ".png")) File.Delete(path + ".png");
        }
    }
}
