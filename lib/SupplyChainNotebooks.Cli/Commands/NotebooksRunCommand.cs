using System.Globalization;
using SupplyChainNotebooks.Notebooks;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary><c>scn notebooks run</c>: executes chapter notebooks headless and writes the executed notebooks and the offline report.</summary>
public sealed class NotebooksRunCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "notebooks run";

    /// <inheritdoc />
    public string Summary => "execute notebooks headless (in-process C# kernel) and write the executed .ipynb and an offline HTML report";

    /// <inheritdoc />
    public string Usage => "[NAMES…|--all]";

    /// <inheritdoc />
    public string Details => """
        NAMES: 03, 03-ptf-risk or a path (notebooks/03-ptf-risk.ipynb); --all (or no name) runs every chapter in order.
        examples: ./scn notebooks run 03 -p year=2005 -p risk=JPN
                  ./scn notebooks run --all --out out --png
        Parameters are the declarations of each notebook's cell tagged 'parameters'; an unknown name or a value of the
        wrong type is refused before anything runs (exit 2). A failing cell (also inside the imported _setup.dib) stops
        that notebook, names the notebook, cell number and message, and the command exits 1 after the other notebooks.
        Output: DIR/NAME.ipynb (executed: a provenance cell first, outputs, provenance metadata), DIR/NAME.html (static,
        offline, provenance at the top, plotly.js embedded once), DIR/index.html; with --png also DIR/png/NAME-NN.png
        (chart NN of the notebook; needs /usr/bin/chromium).
        """;

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } = ReportOptions.All;

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        var names = args.Positionals;
        var notebooks = args.Flag("--all") || names.Count == 0
            ? NotebookCatalog.All()
            : names.Select(n => NotebookCatalog.Resolve(n)).ToArray();
        return ReportOptions.Execute(notebooks, args, context, "scn notebooks run");
    }
}
