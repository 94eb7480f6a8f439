using System.Text.Json;
using Microsoft.Playwright;
using SupplyChainNotebooks.Data;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>
/// A parameter value and data labels carrying markup (<c>&lt;script&gt;</c>, an <c>&lt;img onerror&gt;</c>) travel through a
/// real notebook run — result tables, record displays, prose, a chart, a plain Plotly.NET chart, a Deedle frame, the coefficient warning, stdout, an
/// exception — into the report page and the index. In Chromium (offline) the payload is visible as text everywhere and
/// nothing of it runs: no dialog, no flag set by the payload, no element created from it, and no request leaves the file.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class ReportEscapingTests
{
    /// <summary>The payload: a script element, an image whose error handler sets a flag, and an attribute break-out.</summary>
    private const string Payload = "<script>window.__xss=1;alert(1)</script><img src=x onerror=\"window.__xss=2\">\"'><b>bold</b>";

    /// <summary>The test notebook's cells (code unless marked markdown).</summary>
    private static readonly (string Kind, string Source, string[] Tags)[] Cells =
    [
        ("code", "string label = \"plain\"; // a label shown in every kind of output", ["parameters"]),
        ("code", "#!import _setup.dib", []),
        ("code", "NotebookSupport.Environment()", []),
        ("code", "record LabelRow(string Name, double? Value);\nResultTable.Of(new[] { new LabelRow(label, 1.5), new LabelRow(\"other\", null) }, label)", []),
        ("code", "Prose.Of($\"The label is {label}.\")", []),
        ("code", "BarChart.Grouped(label, new Axis(label, \"unit\"), new Axis(\"value\", label), new[] { label, \"b\" }, [new BarSeries(label, new double?[] { 1, 2 })])", []),
        ("code", """
            // A table whose node labels carry the payload (country field), its pair indicators and its coefficient check.
            // Column sums of A: 1.2 for the payload node (named in the warning), 0.2 for KOR_B; ρ(A) ≈ 0.47.
            var world = MrioTable.Create(label, 2011, TableSource.InMemory(label), new[] { new NodeLabel(label, "A"), new NodeLabel("KOR", "B") },
                new double[,] { { 1, 1 }, { 5, 1 } }, new[] { new FinalDemandColumn("KOR", "HFCE") }, new double[,] { { 3 }, { 4 } }, new[] { 5.0, 10.0 });
            var engine = new PassThroughFrequency(LeontiefSolver.Factor(world), NodeSet.FromIndices(world, new[] { 1 }, label));
            display(engine.Pair(0, 1));
            display(new[] { engine.Pair(0, 1), engine.Pair(1, 0) });
            CoefficientDiagnostics.Of(world)
            """, []),
        ("code", "Deedle.Frame.FromRecords(new[] { new { Name = label, Value = 1.0 } })", []),
        ("code", "Plotly.NET.CSharp.Chart.Column<double, string, string>(values: new double[] { 1, 2 }, Keys: new string[] { label, \"b\" })", []),
        ("code", "Console.WriteLine(label); Console.Error.WriteLine(label);", []),
        ("code", "throw new InvalidOperationException(label);", []),
    ];

    /// <summary>A checkout-like folder: notebooks/ with the real _setup.dib and the test notebook, lib/ linking to the built libraries.</summary>
    private static string Checkout(IEnumerable<(string Kind, string Source, string[] Tags)>? notebookCells = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "scn-escaping-" + Guid.NewGuid().ToString("N")[..8]);
        var notebooks = Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(root, "lib"), Path.Combine(RepositoryLayout.RequireRoot(), "lib"));
        File.Copy(Path.Combine(RepositoryLayout.RequireRoot(), "notebooks", "_setup.dib"), Path.Combine(notebooks, "_setup.dib"));
        var cells = (notebookCells ?? Cells).Select(c => new Dictionary<string, object?>
        {
            ["cell_type"] = c.Kind,
            ["execution_count"] = null,
            ["metadata"] = new Dictionary<string, object> { ["tags"] = c.Tags, ["dotnet_interactive"] = new Dictionary<string, string> { ["language"] = "csharp" } },
            ["outputs"] = Array.Empty<object>(),
            ["source"] = c.Source,
        });
        var notebook = new Dictionary<string, object>
        {
            ["cells"] = cells,
            ["metadata"] = new Dictionary<string, object>
            {
                ["kernelspec"] = new Dictionary<string, string> { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new Dictionary<string, string> { ["name"] = "csharp" },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        File.WriteAllText(Path.Combine(notebooks, "escaping.ipynb"), JsonSerializer.Serialize(notebook));
        return root;
    }

    [SkippableFact]
    public async Task Markup_in_parameters_and_data_labels_appears_as_text_and_never_runs()
    {
        Skip.If(OfflineBrowser.Missing is not null, OfflineBrowser.Missing);
        var root = Checkout();
        try
        {
            var run = await NotebookRunner.RunAsync(Path.Combine(root, "notebooks", "escaping.ipynb"),
                new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["label"] = Payload } });
            // Every cell ran up to the deliberate exception in the last one, which carries the payload.
            Assert.Equal(run.CodeCellCount, run.Failure!.Cell);
            Assert.Contains("window.__xss=1", run.Failure.Message);
            var outDir = Path.Combine(root, "out");
            ReportRun.Write([run], outDir, png: false, log: null);

            foreach (var page in new[] { "escaping.html", "index.html" })
                await AssertInert(Path.Combine(outDir, page), page == "escaping.html" ? 8 : 1);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Markdown syntax in a value that a cell writes into prose: generic attributes (an event handler), a javascript: link,
    /// an image and a media link from the network. The page shows no handler, no live javascript: link, no image or
    /// player, requests nothing, and hovering every element and clicking every link that is not a web link runs nothing.
    /// </summary>
    [SkippableFact]
    public async Task Markdown_in_a_value_adds_no_handler_no_script_link_and_no_network_image()
    {
        Skip.If(OfflineBrowser.Missing is not null, OfflineBrowser.Missing);
        const string markdown = "*b*{onmouseover=\"window.__xss=3\"} [x](javascript:window.__xss=4) [y](java\tscript:window.__xss=5) " +
                                "![i](http://example.com/t.png) ![v](https://www.youtube.com/watch?v=abc) [ok](https://oecd.org)";
        var root = Checkout(
        [
            ("code", "string label = \"plain\"; // prose text", ["parameters"]),
            ("code", "#!import _setup.dib", []),
            ("code", "NotebookSupport.Environment()", []),
            ("code", "Prose.Of($\"The label is {label}.\")", []),
        ]);
        try
        {
            var run = await NotebookRunner.RunAsync(Path.Combine(root, "notebooks", "escaping.ipynb"),
                new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["label"] = markdown } });
            Assert.True(run.Succeeded, run.Failure?.ToString());
            var outDir = Path.Combine(root, "out");
            ReportRun.Write([run], outDir, png: false, log: null);

            await using var browser = await OfflineBrowser.StartAsync();
            var (tab, external) = (browser.Tab, browser.External);
            await browser.OpenAsync(Path.Combine(outDir, "escaping.html"));
            var state = await tab.EvaluateAsync<JsonElement>("""
                () => {
                    const prose = [...document.querySelectorAll('.output.md')].find(d => d.textContent.includes('The label is'));
                    for (const el of prose.querySelectorAll('*')) {
                        el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
                        if (el.tagName === 'A' && !/^https?:/i.test(el.getAttribute('href') || '')) el.click();   // a web link would navigate away
                    }
                    return {
                        flag: window.__xss === undefined ? null : window.__xss,
                        handlers: [...prose.querySelectorAll('*')].filter(el => [...el.attributes].some(a => a.name.startsWith('on'))).length,
                        scriptLinks: [...prose.querySelectorAll('a')].filter(a => !/^(https?:|mailto:|#|$)/i.test(a.getAttribute('href') || '')).length,
                        media: prose.querySelectorAll('img, iframe, video, audio').length,
                        links: [...prose.querySelectorAll('a')].map(a => a.getAttribute('href')),
                        emphasis: prose.querySelectorAll('em').length,
                    };
                }
                """);
            Assert.True(state.GetProperty("flag").ValueKind == JsonValueKind.Null, $"the markdown ran (window.__xss = {state.GetProperty("flag")})");
            Assert.Equal(0, state.GetProperty("handlers").GetInt32());
            Assert.Equal(0, state.GetProperty("scriptLinks").GetInt32());
            Assert.Equal(0, state.GetProperty("media").GetInt32());
            Assert.Equal(1, state.GetProperty("emphasis").GetInt32());   // ordinary markdown still renders
            Assert.Contains("https://oecd.org", state.GetProperty("links").EnumerateArray().Select(l => l.GetString()));
            Assert.Empty(external);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Opens a page offline and checks that the payload is text only, at least <paramref name="minimumTextCopies"/> times.</summary>
    private static async Task AssertInert(string page, int minimumTextCopies)
    {
        await using var browser = await OfflineBrowser.StartAsync();
        var (tab, dialogs, external, errors) = (browser.Tab, browser.Dialogs, browser.External, browser.Errors);
        await browser.OpenAsync(page);
        if (Path.GetFileName(page) == "escaping.html")
            await tab.WaitForFunctionAsync("() => [...document.querySelectorAll('.scn-chart')].every(el => el.querySelector('svg.main-svg'))",
                null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        await tab.WaitForTimeoutAsync(300);   // let any handler that could fire (img onerror) fire

        var state = await tab.EvaluateAsync<JsonElement>("""
            () => ({
                flag: window.__xss === undefined ? null : window.__xss,
                payloadScripts: [...document.scripts].filter(s => s.textContent.trim().startsWith('window.__xss')).length,
                chartScripts: [...document.scripts].filter(s => s.textContent.includes('__xss')).length,
                onerrorElements: document.querySelectorAll('[onerror]').length,
                injectedImages: [...document.images].filter(i => i.getAttribute('src') === 'x').length,
                injectedBold: [...document.querySelectorAll('b')].filter(b => b.textContent === 'bold').length,
                text: document.body.innerText,
                svgText: [...document.querySelectorAll('svg text')].map(t => t.textContent).join('\n'),
            })
            """);
        var name = Path.GetFileName(page);
        Assert.True(state.GetProperty("flag").ValueKind == JsonValueKind.Null, $"{name}: the payload ran (window.__xss = {state.GetProperty("flag")})");
        Assert.Empty(dialogs);
        Assert.Equal(0, state.GetProperty("payloadScripts").GetInt32());
        // Each chart's own script carries the label as JSON data ("<\/script>" cannot close it): the project's bar chart
        // and a plain Plotly.NET chart.
        Assert.Equal(name == "escaping.html" ? 2 : 0, state.GetProperty("chartScripts").GetInt32());
        Assert.Equal(0, state.GetProperty("onerrorElements").GetInt32());
        Assert.Equal(0, state.GetProperty("injectedImages").GetInt32());
        Assert.Equal(0, state.GetProperty("injectedBold").GetInt32());
        var text = state.GetProperty("text").GetString()!;
        var copies = (text.Length - text.Replace("window.__xss=1;alert(1)", "", StringComparison.Ordinal).Length) / "window.__xss=1;alert(1)".Length;
        Assert.True(copies >= minimumTextCopies, $"{name}: the payload appears {copies} times as text, expected at least {minimumTextCopies}:\n{text}");
        Assert.Contains("<script>window.__xss=1;alert(1)</script>", text);
        if (name == "escaping.html")
            Assert.Contains("<script>window.__xss=1;alert(1)</script>", state.GetProperty("svgText").GetString()!);   // chart title, axis, category, legend
        Assert.Empty(external);
        Assert.Empty(errors);
    }
}
