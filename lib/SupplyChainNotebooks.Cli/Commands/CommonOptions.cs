using SupplyChainNotebooks.Analysis;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary>Option names shared by every command that takes them (a contract: the same spelling everywhere).</summary>
public static class CommonOptions
{
    /// <summary>Default dataset of the CLI and the notebooks.</summary>
    public const string DefaultDataset = "wiod2013";

    /// <summary>--dataset ID.</summary>
    public static OptionSpec Dataset { get; } = new("--dataset", "ID", $"dataset id from data/catalog.json (default {DefaultDataset}; see 'scn data list')");

    /// <summary>--year YEAR.</summary>
    public static OptionSpec Year { get; } = new("--year", "YEAR", "table year (default: 2011 for wiod2013, else the dataset's last year)");

    /// <summary>--years LIST.</summary>
    public static OptionSpec Years { get; } = new("--years", "LIST", "several years: 1995-2011 or 1995,2000,2011 (overrides --year)");

    /// <summary>--risk SET.</summary>
    public static OptionSpec Risk { get; } = new("--risk", "SET", "risk region R as a node-set expression (default CHN)");

    /// <summary>--source SET.</summary>
    public static OptionSpec Source { get; } = new("--source", "SET", "source set S, e.g. AUS:C10T14, AUS,BRA,CAN:C10T14, *:C30T33, KOR+JPN");

    /// <summary>--sink SET.</summary>
    public static OptionSpec Sink { get; } = new("--sink", "SET", "sink set T (final producers), same expression syntax");

    /// <summary>--convention NAME.</summary>
    public static OptionSpec Convention { get; } = new("--convention", "NAME", "endpoint convention: inclusive (default), interior, exclude-endpoints");

    /// <summary>--weights NAME.</summary>
    public static OptionSpec Weights { get; } = new("--weights", "NAME", "aggregation weights: tiva (default), route, mean, sum, sink-output");

    /// <summary>--min-tiva M.</summary>
    public static OptionSpec MinTiva { get; } = new("--min-tiva", "M", "keep only pairs with TiVA flow ≥ M million USD (default 0)");

    /// <summary>--aggregate NAME[,NAME].</summary>
    public static OptionSpec Aggregate { get; } = new("--aggregate", "NAME[,NAME]",
        "aggregate the table before analysis with concordances from data/concordance (or CSV files in that format), applied in order, e.g. asean or icio45-to-adb35,wiod35-to-10 (see 'scn data concordances'); aggregation changes PTF unless merged nodes have identical input columns");

    /// <summary>--aggregation-bias (with --aggregate).</summary>
    public static OptionSpec AggregationBias { get; } = new("--aggregation-bias", null,
        "with --aggregate: also compute PTF on the published table and report the aggregation bias (aggregated − disaggregated, TiVA-weighted over the merged nodes)");

    /// <summary>The concordance names of --aggregate (empty when not given).</summary>
    public static IReadOnlyList<string> AggregateFrom(ParsedArguments a) =>
        a.String("--aggregate") is { } list ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];

    /// <summary>Flags of the pair filters.</summary>
    public static IReadOnlyList<OptionSpec> Filters { get; } =
    [
        new("--include-self-pairs", null, "keep pairs with source = sink (excluded by default)"),
        new("--exclude-domestic", null, "drop pairs whose source and sink are in the same country"),
        new("--exclude-sink-country", null, "drop sinks located in a country of the risk region"),
    ];

    /// <summary>Builds <see cref="PtfOptions"/> from the shared options.</summary>
    public static PtfOptions PtfOptionsFrom(ParsedArguments a) => new()
    {
        Convention = EndpointConventions.Parse(a.String("--convention", "inclusive")!),
        MinTivaFlowMusd = a.Double("--min-tiva", 0),
        ExcludeSelfPairs = !a.Flag("--include-self-pairs"),
        ExcludeDomesticChains = a.Flag("--exclude-domestic"),
        ExcludeSinkCountry = a.Flag("--exclude-sink-country"),
    };

    /// <summary>The year(s) asked for: --years, else --year, else the dataset default.</summary>
    public static IReadOnlyList<int> YearsFrom(ParsedArguments a, Data.DatasetEntry entry)
    {
        if (a.String("--years") is { } list) return Model.YearList.Parse(list);
        if (a.Has("--year")) return [a.Int("--year", 0)];
        return [DefaultYear(entry)];
    }

    /// <summary>Default year of a dataset: 2011 for WIOD 2013, else its last year.</summary>
    public static int DefaultYear(Data.DatasetEntry entry) => entry.YearList.Contains(2011) && entry.Id == DefaultDataset ? 2011 : entry.YearList[^1];
}
