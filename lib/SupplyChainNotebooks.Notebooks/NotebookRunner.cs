using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Notebooks;

/// <summary>
/// Executes a notebook headless in an in-process C# kernel, cell by cell, with the notebook's folder as current
/// directory (like VS Code and Jupyter). Parameters are checked and injected before anything runs; every output is
/// kept; a failing cell — also a cell of an <c>#!import</c>-ed file, whose runtime errors the kernels otherwise swallow —
/// or a cell over the time limit stops the run and is reported with its number. Not thread-safe: it changes the
/// process's current directory, so run notebooks one after another.
/// </summary>
public static partial class NotebookRunner
{
    private static readonly SemaphoreSlim s_serial = new(1, 1);

    /// <summary>Runs one notebook.</summary>
    /// <exception cref="Errors.SupplyChainException">The notebook is missing or unreadable, or a parameter is unknown or of the wrong type (nothing was executed).</exception>
    public static async Task<NotebookRun> RunAsync(string path, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new NotebookRunOptions();
        var full = Path.GetFullPath(path);
        var name = Path.GetFileNameWithoutExtension(full);
        var source = NotebookDocuments.Load(full);
        var declared = NotebookParameters.Of(source, name);
        var values = NotebookParameters.Bind(declared, options.Parameters, name);
        if (values.Count > 0 && NotebookParameters.ParametersCell(source) is null)
            throw new Errors.SupplyChainException($"notebook {name} has no cell tagged 'parameters'; it takes no -p values");

        var executed = new InteractiveDocument();
        foreach (var (key, value) in source.Metadata) executed.Metadata[key] = value;
        var plan = new List<InteractiveDocumentElement>();
        foreach (var element in source.Elements)
        {
            var copy = new InteractiveDocumentElement(element.Contents, element.KernelName) { Metadata = Copy(element.Metadata) };
            if (!string.IsNullOrEmpty(element.Id)) copy.Id = element.Id;
            executed.Add(copy);
            if (NotebookDocuments.IsCode(element)) plan.Add(copy);
            if (values.Count > 0 && NotebookDocuments.Tags(element).Contains(NotebookDocuments.ParametersTag))
            {
                var injected = new InteractiveDocumentElement(NotebookParameters.InjectedCode(values), NotebookKernel.CSharp)
                {
                    Metadata = new Dictionary<string, object> { ["tags"] = new[] { NotebookDocuments.InjectedParametersTag } },
                };
                executed.Add(injected);
                plan.Add(injected);
            }
        }

        await s_serial.WaitAsync(cancellationToken);
        var previousDirectory = Directory.GetCurrentDirectory();
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var outcomes = new List<CellOutcome>();
        NotebookFailure? failure = null;
        try
        {
            Directory.SetCurrentDirectory(Path.GetDirectoryName(full)!);
            DataProvenance.Reset();
            Charts.ChartLog.Reset();
            using var kernel = NotebookKernel.Create();
            for (var n = 1; n <= plan.Count && failure is null; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var cell = plan[n - 1];
                cell.ExecutionOrder = n;
                var cellClock = Stopwatch.StartNew();
                var (ok, message, timedOut) = await ExecuteCellAsync(kernel, cell, n, options.CellTimeout, cancellationToken);
                cellClock.Stop();
                outcomes.Add(new CellOutcome(n, cellClock.Elapsed, ok, message));
                options.Progress?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name}: cell {n} of {plan.Count} {(ok ? "ok" : timedOut ? "TIMED OUT" : "FAILED")} in {cellClock.Elapsed.TotalSeconds:F1} s (elapsed {clock.Elapsed.TotalSeconds:F1} s)"));
                if (!ok) failure = new NotebookFailure(name, n, plan.Count, message!, timedOut);
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
            s_serial.Release();
        }
        clock.Stop();

        var settings = declared.Select(p =>
        {
            var v = values.FirstOrDefault(x => x.Name == p.Name);
            return new ParameterSetting(p.Name, p.TypeName, v?.Literal ?? p.DefaultCode, v is not null, p.Description);
        }).ToArray();
        var (commit, dirty) = RunProvenance.GitState(RepositoryLayout.Root);
        var provenance = new RunProvenance(name, started, clock.Elapsed, commit, dirty, LinearAlgebraBackends.Describe(), settings,
            DataProvenance.Reads, $".NET {Environment.Version} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        executed.Metadata["scn_provenance"] = provenance.ToMetadata();
        executed.Elements.Insert(0, new InteractiveDocumentElement(provenance.ToMarkdown(), "markdown")
        {
            Metadata = new Dictionary<string, object> { ["tags"] = new[] { NotebookDocuments.ProvenanceTag } },
        });
        return new NotebookRun(name, full, executed, outcomes, plan.Count, failure, provenance, Charts.ChartLog.Rendered);
    }

    private static async Task<(bool Ok, string? Message, bool TimedOut)> ExecuteCellAsync(
        Kernel kernel, InteractiveDocumentElement cell, int number, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var collector = new CellOutputCollector(cell, number);
        try
        {
            // The kernels swallow runtime errors of #!import-ed cells (no CommandFailed is published for them), so a cell
            // that only imports files is expanded here: each imported cell is submitted on its own and checked.
            if (ImportedFiles(cell.Contents) is { } files)
            {
                foreach (var file in files)
                {
                    var result = await ExecuteImportAsync(kernel, file, collector, timeout, depth: 1, cancellationToken);
                    if (!result.Ok) return result;
                }
                return (true, null, false);
            }
            return await SubmitAsync(kernel, cell.Contents, cell.KernelName ?? NotebookKernel.CSharp, collector, timeout, cancellationToken);
        }
        finally
        {
            collector.Complete();
        }
    }

    private static async Task<(bool Ok, string? Message, bool TimedOut)> ExecuteImportAsync(
        Kernel kernel, string file, CellOutputCollector collector, TimeSpan timeout, int depth, CancellationToken cancellationToken)
    {
        if (depth > 8) return (false, $"#!import nesting deeper than 8 levels at '{file}'", false);
        if (!File.Exists(file))
            return (false, $"#!import: file '{file}' not found (relative to {Directory.GetCurrentDirectory()})", false);
        var cells = NotebookDocuments.Load(file).Elements.Where(NotebookDocuments.IsCode).ToList();
        for (var k = 0; k < cells.Count; k++)
        {
            var code = cells[k].Contents;
            var result = ImportedFiles(code) is { } nested
                ? await ExecuteAllAsync(nested)
                : await SubmitAsync(kernel, code, cells[k].KernelName ?? NotebookKernel.CSharp, collector, timeout, cancellationToken);
            if (!result.Ok) return (false, $"in imported {file}, cell {k + 1} of {cells.Count}: {result.Message}", result.TimedOut);
        }
        return (true, null, false);

        async Task<(bool Ok, string? Message, bool TimedOut)> ExecuteAllAsync(IReadOnlyList<string> nested)
        {
            foreach (var n in nested)
            {
                var r = await ExecuteImportAsync(kernel, n, collector, timeout, depth + 1, cancellationToken);
                if (!r.Ok) return r;
            }
            return (true, null, false);
        }
    }

    private static async Task<(bool Ok, string? Message, bool TimedOut)> SubmitAsync(
        Kernel kernel, string code, string kernelName, CellOutputCollector collector, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var command = new SubmitCode(code, kernelName);
        var failuresBefore = collector.Failures.Count;
        using (kernel.KernelEvents.Subscribe(e => collector.Handle(e)))
        {
            var send = kernel.SendAsync(command, cancellationToken);
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var finished = await Task.WhenAny(send, Task.Delay(timeout, timer.Token));
            await timer.CancelAsync();   // releases the timer when the cell finished first
            if (finished != send)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Ask the kernel to cancel; a cell that never checks for cancellation keeps its thread, but the run stops here.
                _ = kernel.SendAsync(new Cancel());
                var message = string.Create(CultureInfo.InvariantCulture, $"exceeded the per-cell time limit of {timeout.TotalSeconds:F0} s (--cell-timeout) and was cancelled");
                collector.AddError("CellTimeout", message);
                return (false, message, true);
            }
            var result = await send;
            if (collector.Failures.Count == failuresBefore && result.Events.LastOrDefault() is CommandFailed failed)
                collector.AddError("Error", failed.Message);
            return collector.Failures.Count == failuresBefore ? (true, null, false) : (false, collector.Failures[failuresBefore], false);
        }
    }

    /// <summary>The files of a cell that consists only of <c>#!import</c> directives (and blank or comment lines), else null.</summary>
    internal static IReadOnlyList<string>? ImportedFiles(string code)
    {
        var files = new List<string>();
        foreach (var raw in code.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            var match = ImportDirective().Match(line);
            if (!match.Success) return null;
            files.Add(match.Groups[1].Value.Trim('"'));
        }
        return files.Count > 0 ? files : null;
    }

    [GeneratedRegex(@"^#!import\s+(""[^""]+""|\S+)\s*$")]
    private static partial Regex ImportDirective();

    private static IDictionary<string, object> Copy(IDictionary<string, object>? metadata) =>
        metadata is null ? new Dictionary<string, object>() : new Dictionary<string, object>(metadata);

    /// <summary>Collects a cell's outputs and failures (including those of imported cells) from kernel events.</summary>
    private sealed class CellOutputCollector(InteractiveDocumentElement cell, int number)
    {
        private readonly object _gate = new();
        private readonly Dictionary<string, int> _displayIndex = new(StringComparer.Ordinal);
        private StringBuilder? _stdout;
        private StringBuilder? _stderr;

        public List<string> Failures { get; } = [];

        public void Handle(KernelEvent e)
        {
            lock (_gate)
            {
                switch (e)
                {
                    case StandardOutputValueProduced o:
                        FlushStream(stderr: true);
                        (_stdout ??= new StringBuilder()).Append(Text(o));
                        break;
                    case StandardErrorValueProduced o:
                        FlushStream(stderr: false);
                        (_stderr ??= new StringBuilder()).Append(Text(o));
                        break;
                    case DisplayedValueUpdated u when u.ValueId is { } id && _displayIndex.TryGetValue(id, out var index):
                        cell.Outputs[index] = new DisplayElement(Data(u));
                        break;
                    case ErrorProduced:
                        break; // the CommandFailed that follows carries the same message
                    case ReturnValueProduced r:
                        FlushStreams();
                        var element = new ReturnValueElement { ExecutionOrder = number };
                        foreach (var (k, v) in Data(r)) element.Data[k] = v;
                        cell.Outputs.Add(element);
                        break;
                    case DisplayEvent d:
                        FlushStreams();
                        if (d.ValueId is { } valueId) _displayIndex[valueId] = cell.Outputs.Count;
                        cell.Outputs.Add(new DisplayElement(Data(d)));
                        break;
                    case CommandFailed f:
                        AddErrorUnlocked(f.Exception?.GetType().Name ?? "Error", f.Message);
                        Failures.Add(f.Message);
                        break;
                }
            }
        }

        public void AddError(string name, string message)
        {
            lock (_gate)
            {
                AddErrorUnlocked(name, message);
                Failures.Add(message);
            }
        }

        public void Complete()
        {
            lock (_gate) FlushStreams();
        }

        private void AddErrorUnlocked(string name, string message)
        {
            FlushStreams();
            cell.Outputs.Add(new ErrorElement(errorName: name, errorValue: message, stackTrace: []));
        }

        private void FlushStreams()
        {
            FlushStream(stderr: false);
            FlushStream(stderr: true);
        }

        private void FlushStream(bool stderr)
        {
            ref var buffer = ref stderr ? ref _stderr : ref _stdout;
            if (buffer is null || buffer.Length == 0) return;
            cell.Outputs.Add(new TextElement(buffer.ToString(), stderr ? "stderr" : "stdout"));
            buffer = null;
        }

        private static string Text(DisplayEvent e) =>
            e.FormattedValues.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? e.Value?.ToString() ?? "";

        private static Dictionary<string, object> Data(DisplayEvent e) =>
            e.FormattedValues.GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => (object)g.Last().Value);

    }
}
