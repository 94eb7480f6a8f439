using System.Globalization;

namespace SupplyChainNotebooks.Policy;

/// <summary>
/// A calendar date that may be known only to the month or the year, written in ISO 8601 as <c>YYYY</c>,
/// <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>. The precision is the one the source gives; nothing is filled in.
/// Ordering is by the first day of the period, then by precision (coarser first).
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>Calendar year.</summary>
    public int Year { get; }

    /// <summary>Month 1–12, or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>Day of month, or null when the day is not known.</summary>
    public int? Day { get; }

    /// <summary>What the date pins down.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>First day of the period the date stands for (the date itself at day precision).</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Last day of the period the date stands for.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (a real calendar date, years 1900–2100).</summary>
    /// <exception cref="FormatException">Not one of the three ISO forms, or not a valid date.</exception>
    public static PartialDate Parse(string text)
    {
        if (TryParse(text, out var date)) return date;
        throw new FormatException($"'{text}' is not an ISO date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }

    /// <summary>Parses like <see cref="Parse"/> without throwing.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text)) return false;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)) return false;
        if (!parts.All(p => p.All(char.IsAsciiDigit))) return false;
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2100) return false;
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12) return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Whole months from the start of <paramref name="earlier"/> to the start of this date (negative if earlier).</summary>
    public int MonthsSince(PartialDate earlier) => (Year - earlier.Year) * 12 + ((Month ?? 1) - (earlier.Month ?? 1));

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    /// <summary>The ISO form with exactly the known parts.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>Earlier-than comparison by <see cref="CompareTo"/>.</summary>
    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;

    /// <summary>Later-than comparison by <see cref="CompareTo"/>.</summary>
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;

    /// <summary>Not-later comparison by <see cref="CompareTo"/>.</summary>
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;

    /// <summary>Not-earlier comparison by <see cref="CompareTo"/>.</summary>
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;
}
