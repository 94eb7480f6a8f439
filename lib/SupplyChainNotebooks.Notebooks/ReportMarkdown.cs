using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SupplyChainNotebooks.Notebooks;

/// <summary>
/// Markdown to HTML for report pages. Markdown that cells write from values (<c>text/markdown</c> outputs such as
/// <c>Prose</c>, where parameters and data labels end up) gets a restricted dialect: no raw HTML, no generic attributes
/// (<c>{onclick=…}</c> would become an event handler) and no media links (an embedded player would load from the
/// network). In every markdown (authored cells too) a link keeps only an http(s), mailto or relative target — a
/// <c>javascript:</c> or <c>data:</c> link becomes inert — and an image that is not embedded (<c>data:image/…</c>) is shown
/// as a link, so a page never requests anything by itself.
/// </summary>
internal static class ReportMarkdown
{
    private static readonly MarkdownPipeline s_authored = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static readonly MarkdownPipeline s_generated = new MarkdownPipelineBuilder()
        .UsePipeTables().UseEmphasisExtras().UseListExtras().UseAutoLinks().DisableHtml().Build();

    /// <summary>HTML of a markdown cell written by the notebook's author (raw HTML allowed).</summary>
    public static string Authored(string markdown) => Render(markdown, s_authored);

    /// <summary>HTML of markdown a cell produced from values (escaped dialect).</summary>
    public static string Generated(string markdown) => Render(markdown, s_generated);

    private static string Render(string markdown, MarkdownPipeline pipeline)
    {
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage && !(link.Url ?? "").TrimStart().StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)) link.IsImage = false;
            if (!link.IsImage && !IsSafeTarget(link.Url)) link.Url = "#";
        }
        foreach (var autolink in document.Descendants<AutolinkInline>())
            if (!autolink.IsEmail && !IsSafeTarget(autolink.Url)) autolink.Url = "#";
        return document.ToHtml(pipeline);
    }

    /// <summary>True for http, https and mailto targets and for relative ones (no scheme); browsers ignore blanks and control characters inside a scheme, so they are removed before the check.</summary>
    internal static bool IsSafeTarget(string? url)
    {
        var compact = new string((url ?? "").Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return true;
        var delimiter = compact.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0 && delimiter < colon) return true;   // a colon in the path or query of a relative link
        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
