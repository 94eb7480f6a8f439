using System.Diagnostics;
using System.Globalization;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Numerics;

namespace SupplyChainNotebooks.Notebooks;

/// <summary>
/// Where a notebook run's numbers came from: the data files read (dataset id, SHA-256), the parameters in force, the
/// git commit of the checkout (and whether the tree had uncommitted changes), the numerical backend and the date.
/// Written at the top of every report page, and into the executed notebook as its first cell (tagged <c>scn-provenance</c>)
/// and its metadata (<c>scn_provenance</c>).
/// </summary>
/// <param name="Notebook">Notebook name.</param>
/// <param name="StartedUtc">When the run started (UTC).</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="Commit">Git commit of the checkout, or "unknown".</param>
/// <param name="DirtyTree">True when the checkout had uncommitted changes; null when git was not available.</param>
/// <param name="Backend">Dense LU backend (<see cref="LinearAlgebraBackends.Describe"/>).</param>
/// <param name="Parameters">Every parameter with the value in force and whether it was overridden.</param>
/// <param name="DataFiles">Every data file read, with its dataset id and SHA-256.</param>
/// <param name="Runtime">.NET runtime and OS.</param>
public sealed record RunProvenance(
    string Notebook,
    DateTimeOffset StartedUtc,
    TimeSpan Elapsed,
    string Commit,
    bool? DirtyTree,
    string Backend,
    IReadOnlyList<ParameterSetting> Parameters,
    IReadOnlyList<DataFileRead> DataFiles,
    string Runtime)
{
    /// <summary>Dataset ids of the files read, in order of first appearance.</summary>
    public IReadOnlyList<string> DatasetIds => DataFiles.Select(f => f.DatasetId).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The commit with "(uncommitted changes)" when the tree was dirty.</summary>
    public string CommitText => Commit + (DirtyTree == true ? " (uncommitted changes)" : "");

    /// <summary>As nested dictionaries for the notebook metadata.</summary>
    public Dictionary<string, object> ToMetadata() => new()
    {
        ["notebook"] = Notebook,
        ["started_utc"] = StartedUtc.ToString("O", CultureInfo.InvariantCulture),
        ["elapsed_seconds"] = Math.Round(Elapsed.TotalSeconds, 2),
        ["git_commit"] = Commit,
        ["git_dirty"] = DirtyTree is { } d ? d : "unknown",
        ["linear_algebra_backend"] = Backend,
        ["runtime"] = Runtime,
        ["datasets"] = DatasetIds.ToArray(),
        ["parameters"] = Parameters.Select(p => new Dictionary<string, object>
        {
            ["name"] = p.Name, ["type"] = p.TypeName, ["value"] = p.ValueCode, ["overridden"] = p.Overridden, ["description"] = p.Description,
        }).ToArray(),
        ["data_files"] = DataFiles.Select(f => new Dictionary<string, object>
        {
            ["dataset"] = f.DatasetId, ["path"] = f.Path, ["sha256"] = f.Sha256, ["bytes"] = f.Bytes,
        }).ToArray(),
    };

    /// <summary>
    /// Markdown of the cell the runner puts at the top of the executed notebook, so whoever opens it sees the provenance
    /// first: every value inside one fenced code block, which markdown renderers show as literal text (nothing from the
    /// data or the parameters is interpreted as markup).
    /// </summary>
    public string ToMarkdown()
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"notebook:          {Notebook}"),
            string.Create(CultureInfo.InvariantCulture, $"run:               {StartedUtc:yyyy-MM-dd HH:mm:ss} UTC, {Elapsed.TotalSeconds:F1} s"),
            $"git commit:        {CommitText}",
            $"numerical backend: {Backend}",
            $"runtime:           {Runtime}",
            $"datasets:          {(DatasetIds.Count == 0 ? "none read" : string.Join(", ", DatasetIds))}",
        };
        if (DataFiles.Count > 0)
        {
            lines.Add("data files read (dataset, path, bytes, SHA-256):");
            foreach (var f in DataFiles)
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {f.DatasetId}  {f.Path}  {f.Bytes:N0} bytes  sha256 {f.Sha256}"));
        }
        if (Parameters.Count > 0)
        {
            lines.Add("parameters:");
            foreach (var p in Parameters)
                lines.Add($"  {p.TypeName} {p.Name} = {p.ValueCode};  ({(p.Overridden ? "set with -p" : "default")}) {p.Description}");
        }
        var body = string.Join("\n", lines.Select(l => l.ReplaceLineEndings(" ")));
        var longestRun = 0;
        for (int i = 0, run = 0; i < body.Length; i++)
        {
            run = body[i] == '`' ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
        }
        var fence = new string('`', Math.Max(3, longestRun + 1));
        return "**Provenance of this run** (written by `scn notebooks run`; the same record is in the notebook metadata " +
               "`scn_provenance`)\n\n" + fence + "text\n" + body + "\n" + fence + "\n";
    }

    /// <summary>The checkout's commit and whether it has uncommitted changes (git on PATH), or ("unknown", null).</summary>
    public static (string Commit, bool? Dirty) GitState(string? repositoryRoot)
    {
        if (repositoryRoot is null) return ("unknown", null);
        var commit = Git(repositoryRoot, "rev-parse HEAD");
        if (commit is null) return ("unknown", null);
        var status = Git(repositoryRoot, "status --porcelain --untracked-files=no");
        return (commit.Trim(), status is null ? null : status.Trim().Length > 0);
    }

    private static string? Git(string root, string arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git", $"-C \"{root}\" {arguments}")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var process = Process.Start(info);
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(10_000);
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

/// <summary>A parameter as it was in force during a run.</summary>
/// <param name="Name">Variable name.</param>
/// <param name="TypeName">Declared C# type.</param>
/// <param name="ValueCode">The value as C# code (the default initialiser, or the injected literal).</param>
/// <param name="Overridden">True when given with <c>-p</c>.</param>
/// <param name="Description">The declaration's comment.</param>
public sealed record ParameterSetting(string Name, string TypeName, string ValueCode, bool Overridden, string Description);
