using SupplyChainNotebooks.Data;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary><c>scn data fetch ID [--years …]</c>: downloads a dataset from its official source into the download folder.</summary>
public sealed class DataFetchCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "data fetch";

    /// <inheritdoc />
    public string Usage => "ID";

    /// <inheritdoc />
    public string Summary => "download a dataset's years from the official source (atomic writes, SHA-256 verified or recorded)";

    /// <inheritdoc />
    public string Details => """
        Files go to the download folder: --data DIR or $SUPPLYCHAIN_DATA when given, else .data/ in the checkout.
        A hash the catalog knows is verified; otherwise the hash of the first download is recorded in
        fetch-manifest.json next to the files and the files are listed as "unverified" by 'scn data list'.
        example: ./scn data fetch icio2023 --years 2019,2020
        """;

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } = [CommonOptions.Year, CommonOptions.Years];

    /// <inheritdoc />
    public int Run(ParsedArguments args, CommandContext context)
    {
        if (args.Positionals.Count != 1) throw new UsageException("scn data fetch: give one dataset id (see 'scn data list')");
        var entry = DataCatalog.Default.Get(args.Positionals[0]);
        var years = CommonOptions.YearsFrom(args, entry);
        var folder = DataFolder.Current.DownloadFolder;
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("SupplyChainNotebooks-scn/1.0");
        var fetched = new DatasetFetcher(http, line => context.Error.WriteLine(line)).Fetch(entry, years, folder);
        foreach (var f in fetched)
            context.Out.WriteLine($"{f.DatasetId} {f.Year}  {(f.Verified ? "verified" : "unverified")}  sha256 {f.FileSha256}  from {f.Url}");
        return 0;
    }
}
