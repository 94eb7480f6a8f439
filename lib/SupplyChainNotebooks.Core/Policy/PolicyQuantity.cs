using System.Globalization;

namespace SupplyChainNotebooks.Policy;

/// <summary>
/// A number a source gives about an instrument: money (with currency and scale), a count (with unit), a share (0–1)
/// or a duration (days, months, years). <see cref="Relation"/> keeps "about", "at least" and the like.
/// </summary>
/// <param name="Name">What the number measures, in words.</param>
/// <param name="Kind">money, count, share or duration.</param>
/// <param name="Value">The number as given (money in <see cref="Scale"/> units of <see cref="Currency"/>; shares as fractions).</param>
/// <param name="Unit">Unit of a count or duration ("items", "days"), null for money and shares.</param>
/// <param name="Currency">ISO 4217 code for money (JPY, KRW, USD, EUR), else null.</param>
/// <param name="Scale">Scale word for money (unit, thousand, million, billion, trillion), else null.</param>
/// <param name="Relation">One of =, ≈, &gt;, &lt;, &gt;=, &lt;= as the source states it.</param>
/// <param name="Role">How the number is used: total, component, threshold, target, outcome; null when none applies.</param>
/// <param name="Note">Qualification, or null.</param>
public sealed record PolicyQuantity(
    string Name,
    string Kind,
    double Value,
    string? Unit,
    string? Currency,
    string? Scale,
    string Relation,
    string? Role,
    string? Note)
{
    /// <summary>Money amount in whole currency units (value × scale), or null when this is not money.</summary>
    public double? AmountInCurrencyUnits => Kind == "money" && Scale is not null ? Value * PolicyVocabulary.ScaleFactor(Scale) : null;

    /// <summary>Short display form: "¥1,035.8 bn", "≈ 4,000 items", "≥ 50 %", "100 days".</summary>
    public string Display()
    {
        var rel = Relation switch { "=" => "", ">=" => "≥ ", "<=" => "≤ ", "≈" => "≈ ", _ => Relation + " " };
        var inv = CultureInfo.InvariantCulture;
        return Kind switch
        {
            "money" => rel + CurrencySymbol(Currency!) + Value.ToString("#,0.###", inv) + ScaleSuffix(Scale!),
            "share" => rel + (Value * 100).ToString("#,0.##", inv) + " %",
            _ => rel + Value.ToString("#,0.###", inv) + " " + Unit,
        };
    }

    private static string CurrencySymbol(string currency) => currency switch
    {
        "JPY" => "¥",
        "KRW" => "₩",
        "USD" => "US$",
        "EUR" => "€",
        _ => currency + " ",
    };

    private static string ScaleSuffix(string scale) => scale switch
    {
        "thousand" => " thousand",
        "million" => " mn",
        "billion" => " bn",
        "trillion" => " trn",
        _ => "",
    };
}
