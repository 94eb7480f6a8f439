using SupplyChainNotebooks.Notebooks;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary><c>scn reproduce</c>: every chapter notebook, headless, on the default data, with the report written — the main command.</summary>
public sealed class ReproduceCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "reproduce";

    /// <inheritdoc />
    public string Summary => "run every chapter notebook headless on the default data and write the offline report (out/index.html)";

    /// <inheritdoc />
    public string Details => """
        Runs notebooks/00-… to 06-… in reading order with their default parameters (use 'scn notebooks run' to change
        parameters), writes out/NAME.ipynb (executed, provenance cell first and in the metadata), out/NAME.html and out/index.html.
        Exit 0 when every notebook succeeded, 1 when one failed (the others still run), 2 on bad options.
        """;

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } = [ReportOptions.Out, ReportOptions.Png, ReportOptions.CellTimeout];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        if (args.Positionals.Count > 0)
            throw new UsageException($"scn reproduce takes no notebook names (got '{args.Positionals[0]}'); use 'scn notebooks run NAMES…'");
        return ReportOptions.Execute(NotebookCatalog.All(), args, context, "scn reproduce");
    }
}
