namespace SupplyChainNotebooks.Notebooks;

/// <summary>Options of one headless notebook run.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Default per-cell time limit: generous, for the largest tables on this 2-core machine.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Parameter overrides (<c>-p NAME=VALUE</c>), checked against the parameters cell.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>A cell running longer than this is cancelled and fails the run.</summary>
    public TimeSpan CellTimeout { get; init; } = DefaultCellTimeout;

    /// <summary>Where "cell n of m, elapsed" progress lines go (null = nowhere).</summary>
    public TextWriter? Progress { get; init; }
}
