namespace SupplyChainNotebooks.Cli.Output;

/// <summary>Output format of result commands: aligned text table, CSV, or JSON lines (one object per line).</summary>
public enum OutputFormat
{
    /// <summary>Aligned columns for reading.</summary>
    Table,

    /// <summary>RFC 4180 CSV with a header line.</summary>
    Csv,

    /// <summary>One JSON object per line; undefined numbers are null.</summary>
    Json,
}

/// <summary>Parsing of <see cref="OutputFormat"/>.</summary>
public static class OutputFormats
{
    /// <summary>The standard <c>--format</c> option.</summary>
    public static OptionSpec Option { get; } = new("--format", "FMT", "output format: table (default), csv or json (one object per line)");

    /// <summary>Parses table|csv|json.</summary>
    public static OutputFormat Parse(string? text) => (text ?? "table").ToLowerInvariant() switch
    {
        "table" => OutputFormat.Table,
        "csv" => OutputFormat.Csv,
        "json" or "jsonl" => OutputFormat.Json,
        _ => throw new UsageException($"unknown format '{text}'; use table, csv or json"),
    };
}
