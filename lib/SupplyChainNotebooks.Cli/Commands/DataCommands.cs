using SupplyChainNotebooks.Data;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary><c>scn data list</c>: what is available locally, per dataset and year.</summary>
public sealed class DataListCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "data list";

    /// <inheritdoc />
    public string Summary => "list the catalog's datasets and which years are present in the data folders";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } = [];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        var folders = DataFolder.Current;
        context.Out.WriteLine("data folders searched (in order):");
        foreach (var f in folders.Candidates) context.Out.WriteLine($"  {f}{(Directory.Exists(f) ? "" : "  (missing)")}");
        context.Out.WriteLine();
        var width = DataCatalog.Default.Datasets.Max(d => d.Id.Length);
        foreach (var d in DataCatalog.Default.Datasets)
        {
            var years = DataCatalog.Default.AvailableYears(d.Id, folders);
            var present = years.Count == 0 ? "not present" : $"{years.Count} of {d.YearList.Count} years: {Model.YearList.Format(years)}";
            var unverified = years.Where(y => LocalFileStatus(d, y, folders) == "unverified").ToArray();
            if (unverified.Length > 0) present += $" (unverified: {Model.YearList.Format(unverified)})";
            context.Out.WriteLine($"{d.Id.PadRight(width)}  {present}  — {d.Name}");
        }
        return 0;
    }

    /// <summary>"verified"/"unverified" for a file written by <c>scn data fetch</c>, else null.</summary>
    internal static string? LocalFileStatus(DatasetEntry d, int year, DataFolder folders)
    {
        var path = folders.Find(d.Files.Select(f => f.For(year)));
        return path is null ? null : FetchManifest.StatusOf(path);
    }
}

/// <summary><c>scn data info ID</c>: the catalog entry and local files of one dataset.</summary>
public sealed class DataInfoCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "data info";

    /// <inheritdoc />
    public string Usage => "ID";

    /// <inheritdoc />
    public string Summary => "show a dataset's edition, years, download URL, format, licence, citation and local files";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } = [];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        if (args.Positionals.Count != 1) throw new UsageException("scn data info: give one dataset id (see 'scn data list')");
        var d = DataCatalog.Default.Get(args.Positionals[0]);
        var o = context.Out;
        o.WriteLine($"id:        {d.Id}");
        o.WriteLine($"name:      {d.Name}");
        o.WriteLine($"kind:      {d.Kind}");
        o.WriteLine($"edition:   {d.Edition}");
        o.WriteLine($"years:     {d.Years}");
        o.WriteLine($"format:    {d.Format}");
        if (d.Unit is not null) o.WriteLine($"unit:      {d.Unit}");
        o.WriteLine($"url:       {d.Url}");
        if (d.Download is { } dl) o.WriteLine($"download:  {dl.Url}{(dl.Notes is null ? "" : $" ({dl.Notes})")}");
        o.WriteLine($"licence:   {d.Licence}");
        o.WriteLine($"citation:  {d.Citation}");
        if (d.Notes is not null) o.WriteLine($"notes:     {d.Notes}");
        o.WriteLine("files looked for:");
        foreach (var f in d.Files) o.WriteLine($"  {f.Path}  [{f.Format ?? d.Format}]{(f.Note is null ? "" : "  " + f.Note)}");
        var folders = DataFolder.Current;
        var years = DataCatalog.Default.AvailableYears(d.Id, folders);
        o.WriteLine($"present:   {(years.Count == 0 ? "none" : Model.YearList.Format(years))}");
        foreach (var y in years)
        {
            var path = folders.Find(d.Files.Select(f => f.For(y)))!;
            var status = FetchManifest.StatusOf(path);
            o.WriteLine($"  {y}  {path}{(status is null ? "" : $"  ({status}{(status == "unverified" ? ": SHA-256 recorded on first download, not published" : "")})")}");
        }
        return 0;
    }
}
