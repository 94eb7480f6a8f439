using SupplyChainNotebooks.Cli.Output;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Model;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary><c>scn data concordances [NAME]</c>: the concordances usable with <c>--aggregate</c>, or one in detail.</summary>
public sealed class DataConcordancesCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "data concordances";

    /// <inheritdoc />
    public string Usage => "[NAME]";

    /// <inheritdoc />
    public string Summary => "list the concordances of data/concordance usable with --aggregate, or show one (codes, approximations, notes)";

    /// <inheritdoc />
    public string Details => """
        example: ./scn data concordances icio45-to-adb35
        Format of a concordance file: '# key: value' header lines (concordance, dimension, applies-to, coverage, source,
        note), then CSV 'from,to,match,note[,years]'. See data/concordance/README.md.
        """;

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } = [OutputFormats.Option];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        var format = OutputFormats.Parse(args.String("--format"));
        if (args.Positionals.Count > 1) throw new UsageException("scn data concordances: give at most one name");
        if (args.Positionals.Count == 1)
        {
            var c = ConcordanceLibrary.Get(args.Positionals[0]);
            if (format == OutputFormat.Table)
            {
                context.Out.WriteLine($"# {c.Name}: {c.Title}");
                context.Out.WriteLine($"# dimension {c.Dimension.ToString().ToLowerInvariant()}; applies to {string.Join(", ", c.AppliesTo)}; coverage {(c.RequiresCompleteCoverage ? "complete" : "partial")}");
                if (c.Source is not null) context.Out.WriteLine($"# source: {c.Source}");
                foreach (var n in c.Notes) context.Out.WriteLine($"# note: {n}");
            }
            var detail = new ResultWriter(context.Out, format, [new("from"), new("to"), new("match"), new("years"), new("note")]);
            foreach (var e in c.Entries)
                detail.Row(e.From, e.To, e.Approximate ? "approximate" : "exact", e.Years is null ? null : Model.YearList.Format(e.Years), e.Note);
            detail.Complete();
            return 0;
        }
        var writer = new ResultWriter(context.Out, format,
            [new("name"), new("dimension"), new("codes"), new("targets"), new("approximate"), new("appliesTo"), new("title")]);
        foreach (var c in ConcordanceLibrary.All())
            writer.Row(c.Name, c.Dimension.ToString().ToLowerInvariant(), c.Entries.Count, c.Targets.Count,
                c.Entries.Count(e => e.Approximate), string.Join(" ", c.AppliesTo), c.Title);
        writer.Complete();
        if (format == OutputFormat.Table)
            context.Out.WriteLine($"# folder {ConcordanceLibrary.Folder}; apply with --aggregate NAME[,NAME] (in order)");
        return 0;
    }
}
