using System.Text.Json;
using Microsoft.Playwright;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>
/// Opens every report page from disk in the Debian Chromium (never a downloaded browser) with networking off and checks
/// that each chart was drawn with its traces and that the page asked for nothing outside the file.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class ReportBrowserTests(ReportFixture report)
{
    public static TheoryData<string> Chapters => new(NotebookCatalog.All().Select(Path.GetFileNameWithoutExtension).Select(n => n!));

    private sealed record ChartState(string Id, string Title, int Expected, int Drawn, int Svg, int Marks);

    [SkippableTheory]
    [MemberData(nameof(Chapters))]
    public async Task Every_chart_renders_offline_with_its_traces(string name)
    {
        Skip.If(OfflineBrowser.Missing is not null, OfflineBrowser.Missing);
        report.RunOrSkipWithoutItsData(name);
        var page = Path.Combine(report.Folder, name + ".html");
        Assert.True(File.Exists(page));

        await using var browser = await OfflineBrowser.StartAsync(new ViewportSize { Width = 1200, Height = 900 });
        var (tab, external, errors) = (browser.Tab, browser.External, browser.Errors);
        await browser.OpenAsync(page);

        var expectedCharts = report.Runs.Single(r => r.Name == name).Charts.Count;
        Assert.True(expectedCharts > 0);
        await tab.WaitForFunctionAsync(
            "n => { const c = [...document.querySelectorAll('.scn-chart')]; return c.length === n && c.every(el => el.querySelector('svg.main-svg') && el._fullData); }",
            expectedCharts, new PageWaitForFunctionOptions { Timeout = 60_000 });
        var json = await tab.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('.scn-chart')].map(el => ({
                id: el.id, title: el.dataset.title, expected: +el.dataset.traces,
                drawn: el._fullData ? el._fullData.length : -1,
                svg: el.querySelectorAll('svg.main-svg').length,
                marks: el.querySelectorAll('g.trace, g.hm image, g.hm').length }))
            """);
        var charts = json.Deserialize<ChartState[]>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        Assert.Equal(expectedCharts, charts.Length);
        foreach (var c in charts)
        {
            Assert.True(c.Expected > 0, $"{name}: '{c.Title}' declares no traces");
            Assert.True(c.Expected == c.Drawn, $"{name}: '{c.Title}' has {c.Drawn} traces drawn, {c.Expected} expected");
            Assert.True(c.Svg > 0, $"{name}: '{c.Title}' has no plot SVG");
            Assert.True(c.Marks > 0, $"{name}: '{c.Title}' drew no trace group");
        }
        var csvLinks = await tab.Locator("a.scn-csv").CountAsync();
        var tables = await tab.Locator("div.scn-table").CountAsync();
        Assert.Equal(tables, csvLinks);
        Assert.All(await tab.Locator("a.scn-csv").EvaluateAllAsync<string[]>("links => links.map(a => a.href)"),
            href => Assert.StartsWith("data:text/csv", href));
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(report.Folder, name + ".png"), FullPage = true });
        Assert.Empty(external);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task The_index_page_opens_offline_and_links_every_page()
    {
        Skip.If(OfflineBrowser.Missing is not null, OfflineBrowser.Missing);
        ReportFixture.SkipWithoutData();
        var index = Path.Combine(report.Folder, "index.html");
        await using var browser = await OfflineBrowser.StartAsync();
        var (tab, external, errors) = (browser.Tab, browser.External, browser.Errors);
        await browser.OpenAsync(index);
        var links = await tab.Locator("table.runs a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        foreach (var run in report.Runs)
        {
            Assert.Contains(new Uri(Path.Combine(report.Folder, run.Name + ".html")).AbsoluteUri, links);
            Assert.Contains(new Uri(Path.Combine(report.Folder, run.Name + ".ipynb")).AbsoluteUri, links);
        }
        Assert.All(links, href => Assert.StartsWith("file:", href));
        Assert.Equal(0, await tab.Locator("script[src], link[href^='http'], img[src^='http'], iframe").CountAsync());
        Assert.Empty(external);
        Assert.Empty(errors);
    }
}
