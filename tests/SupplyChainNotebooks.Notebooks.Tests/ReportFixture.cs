using SupplyChainNotebooks.Data;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>
/// Runs every chapter notebook once (in-process, serially) and writes the report into a temporary folder; the
/// execution tests and the browser tests inspect the same runs. Chapters 03–06 read WIOD 2013 and the trade extracts of
/// the data mirror; without them those notebooks stop at their first load and their tests skip with that message, while
/// the notebooks that need no mirror data (00, 01, 02) are still executed and checked.
/// </summary>
public sealed class ReportFixture : IDisposable
{
    private readonly Lazy<(IReadOnlyList<NotebookRun> Runs, string Folder)> _report;

    public ReportFixture()
    {
        _report = new Lazy<(IReadOnlyList<NotebookRun>, string)>(() =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "scn-report-" + Guid.NewGuid().ToString("N")[..8]);
            var runs = NotebookCatalog.All().Select(p => NotebookRunner.RunAsync(p).GetAwaiter().GetResult()).ToArray();
            ReportRun.Write(runs, folder, png: false, log: null);
            return (runs, folder);
        });
    }

    /// <summary>Why the chapter notebooks cannot run here, or null.</summary>
    public static string? MissingData =>
        DataCatalog.Default.AvailableYears("wiod2013").Contains(2011)
            ? null
            : "the chapter notebooks read WIOD 2013 (2011 and other years); no data folder has it (set SUPPLYCHAIN_DATA or provide ../shared/data)";

    /// <summary>Skips the calling test, with the reason, when the data mirror is absent.</summary>
    public static void SkipWithoutData() => Skip.If(MissingData is not null, MissingData);

    /// <summary>
    /// Skips the calling test when the notebook's run stopped because a dataset is in no data folder (the kernel reports
    /// the <see cref="Errors.DatasetNotFoundException"/> by name), with that message; any other failure is left to the test.
    /// </summary>
    public NotebookRun RunOrSkipWithoutItsData(string name)
    {
        var run = Runs.Single(r => r.Name == name);
        var missing = run.Failure is { } f && f.FirstLine.Contains(nameof(Errors.DatasetNotFoundException), StringComparison.Ordinal);
        Skip.If(missing, $"{name} needs data that no data folder has here: {run.Failure?.FirstLine}");
        return run;
    }

    public IReadOnlyList<NotebookRun> Runs => _report.Value.Runs;

    public string Folder => _report.Value.Folder;

    public void Dispose()
    {
        if (_report.IsValueCreated && Directory.Exists(_report.Value.Folder)) Directory.Delete(_report.Value.Folder, recursive: true);
    }
}
