using SupplyChainNotebooks.Analysis;

namespace SupplyChainNotebooks.Charts;

/// <summary>
/// How library values look in a notebook. _setup.dib registers a <c>text/html</c> formatter for each of
/// <see cref="HtmlTypes"/> that calls <see cref="ToHtml"/>, one for Deedle frames, and <c>text/markdown</c> for
/// <see cref="Prose"/>. (Registration lives in the setup cell, compiled against the kernel's own formatting library,
/// so this library does not depend on a particular .NET Interactive build.)
/// </summary>
public static class NotebookDisplay
{
    /// <summary>Types rendered as HTML: charts (the project's and plain Plotly.NET charts, both drawn with the page's offline
    /// plotly.js), tables, the environment, the analysis result records and their lists, and the coefficient diagnostics of a
    /// table.</summary>
    public static IReadOnlyList<Type> HtmlTypes { get; } =
    [
        typeof(ProjectChart), typeof(ResultTable), typeof(EnvironmentReport), typeof(HtmlBlock),
        typeof(PairIndicators), typeof(SetAggregate), typeof(NodeAppearances),
        typeof(List<PairIndicators>), typeof(PairIndicators[]), typeof(List<SetAggregate>), typeof(SetAggregate[]),
        typeof(Model.CoefficientDiagnostics), typeof(Plotly.NET.GenericChart),
    ];

    /// <summary>HTML of any supported value (charts, tables, result records and lists of them, Deedle frames).</summary>
    /// <exception cref="ArgumentException">Unsupported type.</exception>
    public static string ToHtml(object value) => value switch
    {
        IHtmlFragment f => f.ToHtml(),
        PairIndicators p => ResultTable.OfRecord(p, $"PairIndicators {p.Source} → {p.Sink}, R = {p.Risk}").ToHtml(),
        SetAggregate a => ResultTable.OfRecord(a, $"SetAggregate {a.Source} → {a.Sink}, R = {a.Risk}").ToHtml(),
        NodeAppearances n => AppearancesTable(n).ToHtml(),
        Model.CoefficientDiagnostics d => DiagnosticsDisplay.ToHtml(d),
        Plotly.NET.GenericChart g => new ProjectChart(g, ProjectChart.TitleOf(g)).ToHtml(),
        IEnumerable<PairIndicators> list => ResultTable.Of(list, "PairIndicators").ToHtml(),
        IEnumerable<SetAggregate> list => ResultTable.Of(list, "SetAggregate").ToHtml(),
        _ when value.GetType().FullName?.StartsWith("Deedle.Frame`2", StringComparison.Ordinal) == true || IsFrame(value.GetType())
            => FrameTable.OfObject(value).ToHtml(),
        _ => throw new ArgumentException($"no HTML rendering for {value.GetType()}", nameof(value)),
    };

    /// <summary>The script element that loads plotly.js into the notebook page once (displayed by _setup.dib).</summary>
    public static HtmlBlock PlotlyLoader() =>
        new(PlotlyJs.ScriptElement() + $"<div style=\"font-size:11px;color:#666\">plotly.js {PlotlyJs.Version} loaded (offline copy from Plotly.NET)</div>");

    private static ResultTable AppearancesTable(NodeAppearances n) => new(
        $"Expected appearances on {n.Source} → {n.Sink} routes (sum = {ChartTheme.Number(n.Total, "F6")} = 1 + APL)",
        [new TableColumn("node"), new TableColumn("appearances", "F6")],
        n.ByNode.Select(kv => (IReadOnlyList<object?>)[kv.Key, kv.Value]).ToArray());

    private static bool IsFrame(Type? t)
    {
        for (; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Deedle.Frame<,>)) return true;
        return false;
    }
}

/// <summary>A ready HTML fragment (trusted markup produced by the library).</summary>
/// <param name="Html">The markup.</param>
public sealed record HtmlBlock(string Html) : IHtmlFragment
{
    /// <inheritdoc />
    public string ToHtml() => Html;
}
