using Microsoft.DotNet.Interactive.Documents;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>A failing cell stops the run and is reported with the right cell number — also inside an imported file.</summary>
[Collection(NotebookCollection.Name)]
public sealed class FailureReportingTests
{
    [Fact]
    public async Task A_runtime_error_names_the_failing_code_cell()
    {
        var run = await NotebookRunner.RunAsync(Fixture.Path("failing-cell.ipynb"));
        Assert.False(run.Succeeded);
        Assert.Equal(3, run.Failure!.Cell);
        Assert.Equal(4, run.Failure.CellCount);
        Assert.Equal("failing-cell", run.Failure.Notebook);
        Assert.Contains("deliberate failure in the third code cell", run.Failure.Message);
        Assert.Equal(3, run.Cells.Count);                       // the fourth cell never ran
        Assert.True(run.Cells[1].Succeeded);
        var failed = run.Executed.Elements.Where(NotebookDocuments.IsCode).ElementAt(2);
        Assert.Contains(failed.Outputs, o => o is ErrorElement e && e.ErrorValue.Contains("deliberate failure", StringComparison.Ordinal));
        Assert.Equal("second: 2\n", run.Executed.Elements.Where(NotebookDocuments.IsCode).ElementAt(1).Outputs.OfType<TextElement>().Single().Text);
    }

    [Fact]
    public async Task A_compile_error_names_the_failing_code_cell()
    {
        var run = await NotebookRunner.RunAsync(Fixture.Path("failing-compile.ipynb"));
        Assert.Equal(2, run.Failure!.Cell);
        Assert.Contains("CS0029", run.Failure.Message);
    }

    [Fact]
    public async Task A_runtime_error_inside_an_imported_file_fails_the_importing_cell()
    {
        // The kernels publish no failure for imported cells; the runner submits them itself and must catch it.
        var run = await NotebookRunner.RunAsync(Fixture.Path("failing-import.ipynb"));
        Assert.False(run.Succeeded);
        Assert.Equal(2, run.Failure!.Cell);
        Assert.Contains("in imported failing-setup.dib, cell 2 of 3", run.Failure.Message);
        Assert.Contains("deliberate failure in the second cell of the imported file", run.Failure.Message);
        Assert.Equal(2, run.Cells.Count);
    }

    [Fact]
    public async Task A_cell_over_the_time_limit_is_stopped_and_named()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = await NotebookRunner.RunAsync(Fixture.Path("slow-cell.ipynb"), new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(2) });
        clock.Stop();
        Assert.True(run.Failure!.TimedOut);
        Assert.Equal(2, run.Failure.Cell);
        Assert.Contains("time limit of 2 s", run.Failure.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the runner waited {clock.Elapsed} for a cell limited to 2 s");
    }

    [Fact]
    public async Task The_cli_time_limit_option_stops_a_runaway_cell_and_names_it()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var outDir = Path.Combine(Path.GetTempPath(), "scn-timeout-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var code = await Task.Run(() => Cli.CliApp.Run(["notebooks", "run", Fixture.Path("slow-cell.ipynb"), "--cell-timeout", "2", "--out", outDir], output, error));
            Assert.Equal(1, code);
            Assert.Contains("FAILED notebook slow-cell: cell 2 of", output.ToString());
            Assert.Contains("exceeded the per-cell time limit of 2 s (--cell-timeout)", output.ToString());
            Assert.Contains("(time limit)", File.ReadAllText(Path.Combine(outDir, "slow-cell.html")));
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, true);
        }
    }

    [Fact]
    public void The_default_time_limit_is_generous_and_a_non_positive_one_is_refused()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), NotebookRunOptions.DefaultCellTimeout);
        var error = new StringWriter();
        var code = Cli.CliApp.Run(["notebooks", "run", Fixture.Path("slow-cell.ipynb"), "--cell-timeout", "0"], new StringWriter(), error);
        Assert.Equal(2, code);
        Assert.Contains("--cell-timeout must be a positive number of seconds", error.ToString());
    }

    [Fact]
    public async Task Progress_reports_cell_n_of_m_and_elapsed_time()
    {
        var progress = new StringWriter();
        await NotebookRunner.RunAsync(Fixture.Path("failing-cell.ipynb"), new NotebookRunOptions { Progress = progress });
        var lines = progress.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"failing-cell: cell 1 of 4 ok in [0-9.]+ s \(elapsed [0-9.]+ s\)", lines[0]);
        Assert.Matches(@"cell 3 of 4 FAILED", lines[2]);
    }

    [Fact]
    public async Task The_cli_exits_1_and_names_notebook_cell_and_message()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var outDir = Path.Combine(Path.GetTempPath(), "scn-fail-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var code = await Task.Run(() => Cli.CliApp.Run(["notebooks", "run", Fixture.Path("failing-import.ipynb"), "--out", outDir], output, error));
            Assert.Equal(1, code);
            Assert.Contains("FAILED notebook failing-import: cell 2 of 3 failed: in imported failing-setup.dib, cell 2 of 3", output.ToString());
            Assert.True(File.Exists(Path.Combine(outDir, "failing-import.html")));
            Assert.Contains("This run failed", File.ReadAllText(Path.Combine(outDir, "failing-import.html")));
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, true);
        }
    }
}
