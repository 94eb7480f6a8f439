namespace SupplyChainNotebooks.Policy;

/// <summary>How much of a calendar date a source gives: the year only, year and month, or the full day.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known (ISO <c>YYYY</c>).</summary>
    Year,

    /// <summary>Year and month are known (ISO <c>YYYY-MM</c>).</summary>
    Month,

    /// <summary>The exact day is known (ISO <c>YYYY-MM-DD</c>).</summary>
    Day,
}
