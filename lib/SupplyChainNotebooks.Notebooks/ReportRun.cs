using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Notebooks;

/// <summary>
/// A report over several notebook runs: parameters checked against every selected notebook before anything runs, then
/// the executed notebooks, one static HTML page per notebook, the index and (optionally) PNG charts written to a folder.
/// </summary>
public static class ReportRun
{
    /// <summary>
    /// Splits command-line parameters over the notebooks. With one notebook every name must be one of its parameters;
    /// with several, a name must be declared by at least one of them and goes to those that declare it. Values are
    /// type-checked against each declaration.
    /// </summary>
    /// <exception cref="SupplyChainException">Unknown name or wrong type (nothing has been executed).</exception>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> BindParameters(
        IReadOnlyList<string> notebooks, IReadOnlyDictionary<string, string> parameters)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var declaredBy = new Dictionary<string, IReadOnlyList<NotebookParameter>>(StringComparer.Ordinal);
        foreach (var path in notebooks)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            declaredBy[path] = NotebookParameters.Of(NotebookDocuments.Load(path), name);
        }
        if (notebooks.Count > 1)
        {
            foreach (var key in parameters.Keys.Where(k => !declaredBy.Values.Any(d => d.Any(p => p.Name == k))))
            {
                var all = declaredBy.Values.SelectMany(d => d.Select(p => p.Name)).Distinct().Order(StringComparer.Ordinal);
                throw new SupplyChainException($"no selected notebook has a parameter '{key}'; their parameters are {string.Join(", ", all)}");
            }
        }
        foreach (var path in notebooks)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var mine = notebooks.Count == 1
                ? parameters
                : parameters.Where(p => declaredBy[path].Any(d => d.Name == p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            NotebookParameters.Bind(declaredBy[path], mine, name);
            result[path] = mine;
        }
        return result;
    }

    /// <summary>
    /// Writes, into <paramref name="outDir"/>, the executed notebooks (NAME.ipynb), one page per run (NAME.html), the
    /// index (index.html) and, with <paramref name="png"/>, every displayed chart as png/NAME-NN.png. Returns the index path.
    /// </summary>
    /// <exception cref="SupplyChainException">PNG export requested but not possible (no Chromium) or failed.</exception>
    public static string Write(IReadOnlyList<NotebookRun> runs, string outDir, bool png, TextWriter? log, TimeSpan? total = null)
    {
        Directory.CreateDirectory(outDir);
        foreach (var run in runs)
        {
            NotebookDocuments.Save(run.Executed, Path.Combine(outDir, run.Name + ".ipynb"));
            var pngFiles = new List<string>();
            if (png)
            {
                for (var k = 0; k < run.Charts.Count; k++)
                {
                    var relative = $"png/{run.Name}-{k + 1:00}.png";
                    Charts.ChartImage.SavePng(run.Charts[k], Path.Combine(outDir, relative));
                    pngFiles.Add(relative);
                }
                log?.WriteLine($"  {run.Name}: {pngFiles.Count} PNG files in {Path.Combine(outDir, "png")}");
            }
            File.WriteAllText(Path.Combine(outDir, run.Name + ".html"), ReportPage.Render(run, pngFiles), new System.Text.UTF8Encoding(false));
        }
        var index = Path.Combine(outDir, "index.html");
        File.WriteAllText(index, ReportIndex.Render(runs, total ?? TimeSpan.FromTicks(runs.Sum(r => r.Provenance.Elapsed.Ticks))), new System.Text.UTF8Encoding(false));
        return index;
    }
}
