using System.Globalization;
using SupplyChainNotebooks.Trade;

namespace SupplyChainNotebooks.Cli.Commands;

/// <summary>Options shared by the <c>items</c> commands (a contract: the same spelling everywhere).</summary>
public static class ItemOptions
{
    /// <summary>Default year of the item commands (the complete 2024 BACI extract).</summary>
    public const int DefaultYear = 2024;

    /// <summary>--reporter ISO3.</summary>
    public static OptionSpec Reporter { get; } = new("--reporter", "ISO3", "importing country, e.g. KOR or JPN (Taiwan is TWN)");

    /// <summary>--item ID.</summary>
    public static OptionSpec Item { get; } = new("--item", "ID", "trade item id (see 'scn items list'), or HS6 codes such as 850511+850519");

    /// <summary>--year YEAR.</summary>
    public static OptionSpec Year { get; } = new("--year", "YEAR", $"year (default {DefaultYear}; 2022 and 2024 complete extracts, 2002–2024 top flows, 2017–2024 with the official BACI file)");

    /// <summary>--source NAME.</summary>
    public static OptionSpec Source { get; } = new("--source", "NAME", "auto (default: official BACI if present, else the 2022/2024 extract, else top flows), baci, extract, topflows or customs");

    /// <summary>--file PATH.</summary>
    public static OptionSpec File { get; } = new("--file", "PATH", "read this trade file instead (any supported layout, detected from the header)");

    /// <summary>The threshold options of the classification rule.</summary>
    public static IReadOnlyList<OptionSpec> Thresholds { get; } =
    [
        new("--w-min", "X", "O: world export share ≥ X (default 0.20)"),
        new("--rca-min", "X", "O: RCA ≥ X together with world export HHI (default 2)"),
        new("--hhix-min", "X", "O: world export HHI ≥ X together with RCA (default 0.25)"),
        new("--top1-min", "X", "D: top-1 supplier share ≥ X (default 0.5)"),
        new("--hhi-min", "X", "D: import HHI ≥ X (default 0.4)"),
        new("--ratio-above", "X", "D: imports/exports > X (default 1)"),
    ];

    /// <summary>The thresholds given on the command line (defaults of methodology §4.1 otherwise).</summary>
    public static ClassificationThresholds ThresholdsFrom(ParsedArguments a)
    {
        var d = ClassificationThresholds.Default;
        return new ClassificationThresholds
        {
            WorldExportShareMin = a.Double("--w-min", d.WorldExportShareMin),
            RcaMin = a.Double("--rca-min", d.RcaMin),
            WorldExportHhiMin = a.Double("--hhix-min", d.WorldExportHhiMin),
            Top1ShareMin = a.Double("--top1-min", d.Top1ShareMin),
            ImportHhiMin = a.Double("--hhi-min", d.ImportHhiMin),
            ImportExportRatioAbove = a.Double("--ratio-above", d.ImportExportRatioAbove),
        };
    }

    /// <summary>An item id of the list, or an ad-hoc item from HS6 codes.</summary>
    public static TradeItem ItemFrom(string text, TradeItemCatalog items) =>
        text.Length >= 6 && char.IsAsciiDigit(text[0]) ? TradeItem.FromHs6(text, text) : items.Get(text);

    /// <summary>Number for tables.</summary>
    public static string F(double? v, string format = "0.000") => v is { } d && double.IsFinite(d) ? d.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    /// <summary>A value with its unit, scaled to millions or billions for reading.</summary>
    public static string Money(double? v, TradeValueUnit unit)
    {
        if (v is not { } d) return "n/a";
        var code = unit.ToCode();
        return Math.Abs(d) >= 1e9 ? $"{(d / 1e9).ToString("0.000", CultureInfo.InvariantCulture)} bn {code}"
            : $"{(d / 1e6).ToString("0.000", CultureInfo.InvariantCulture)} M {code}";
    }
}
