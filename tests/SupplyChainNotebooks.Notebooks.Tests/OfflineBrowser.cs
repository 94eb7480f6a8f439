using Microsoft.Playwright;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>
/// One tab of the Debian Chromium (never a downloaded browser) with networking off, recording every request that leaves
/// the file system, every page error and every dialog — what the report tests assert on.
/// </summary>
internal sealed class OfflineBrowser : IAsyncDisposable
{
    /// <summary>The browser the report tests use; .ci/run installs it.</summary>
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Why the browser tests cannot run here, or null.</summary>
    public static string? Missing => File.Exists(Chromium)
        ? null
        : $"Chromium is not installed at {Chromium} (apt-get install --no-install-recommends chromium fonts-liberation); .ci/run installs it";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OfflineBrowser(IPlaywright playwright, IBrowser browser, IPage tab)
    {
        _playwright = playwright;
        _browser = browser;
        Tab = tab;
        tab.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                lock (External) External.Add(request.Url);
        };
        tab.PageError += (_, error) => { lock (Errors) Errors.Add(error); };
        tab.Dialog += async (_, dialog) => { lock (Dialogs) Dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
    }

    /// <summary>The tab.</summary>
    public IPage Tab { get; }

    /// <summary>URLs requested outside <c>file:</c> and <c>data:</c>.</summary>
    public List<string> External { get; } = [];

    /// <summary>Uncaught page errors.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Messages of dialogs the page opened (dismissed).</summary>
    public List<string> Dialogs { get; } = [];

    /// <summary>Starts Chromium headless and opens an offline tab (optionally with a viewport size).</summary>
    public static async Task<OfflineBrowser> StartAsync(ViewportSize? viewport = null)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Offline = true, ViewportSize = viewport });
        return new OfflineBrowser(playwright, browser, await context.NewPageAsync());
    }

    /// <summary>Opens a file of the report in the tab and waits for its load event.</summary>
    public Task OpenAsync(string path) =>
        Tab.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
