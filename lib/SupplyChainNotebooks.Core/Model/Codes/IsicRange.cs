using System.Globalization;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Model.Codes;

/// <summary>
/// A set of ISIC codes written as a key: divisions (2 digits), groups (3) or classes (4), ranges <c>aTb</c> of codes
/// of equal length, and unions with <c>+</c>: <c>26</c>, <c>41T43</c>, <c>05T06</c>, <c>241+2431</c>, <c>302T309</c>.
/// Comparisons work on the finest level present (a division covers every group and class inside it).
/// </summary>
public sealed class IsicRange : IEquatable<IsicRange>
{
    private readonly (int From, int To, int Digits)[] _parts;

    private IsicRange(string key, (int, int, int)[] parts)
    {
        Key = key;
        _parts = parts;
    }

    /// <summary>The key as written.</summary>
    public string Key { get; }

    /// <summary>Parses a key.</summary>
    /// <exception cref="InvalidExpressionException">Not a valid ISIC key.</exception>
    public static IsicRange Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = new List<(int, int, int)>();
        foreach (var raw in key.Split('+'))
        {
            var part = raw.Trim();
            var t = part.IndexOfAny(['T', 't']);
            var from = t < 0 ? part : part[..t];
            var to = t < 0 ? part : part[(t + 1)..];
            if (from.Length is < 2 or > 4 || to.Length != from.Length || !int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
                || !int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var b) || b < a)
                throw new InvalidExpressionException(key, $"'{part}' is not an ISIC code or range (e.g. 26, 41T43, 241+2431)");
            parts.Add((a, b, from.Length));
        }
        return new IsicRange(key.Trim(), parts.ToArray());
    }

    /// <summary>True when every code of <paramref name="other"/> lies inside this range.</summary>
    public bool Covers(IsicRange other) => other._parts.All(p => _parts.Any(q => Contains(q, p)));

    /// <summary>True when the two ranges share at least one code.</summary>
    public bool Overlaps(IsicRange other) => _parts.Any(p => other._parts.Any(q => Intersect(p, q)));

    /// <inheritdoc />
    public bool Equals(IsicRange? other) => other is not null && Covers(other) && other.Covers(this);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IsicRange);

    /// <inheritdoc />
    public override int GetHashCode() => _parts.Min(p => Scale(p.From, p.Digits, 4));

    /// <inheritdoc />
    public override string ToString() => Key;

    // Codes are compared as 4-digit class intervals: division 24 = classes 2400..2499.
    private static (int lo, int hi) Classes((int From, int To, int Digits) p) =>
        (Scale(p.From, p.Digits, 4), Scale(p.To, p.Digits, 4) + Pow10(4 - p.Digits) - 1);

    private static int Scale(int code, int digits, int target) => code * Pow10(target - digits);

    private static int Pow10(int e) => e switch { 0 => 1, 1 => 10, 2 => 100, _ => 1000 };

    private static bool Contains((int, int, int) outer, (int, int, int) inner)
    {
        var (olo, ohi) = Classes(outer);
        var (ilo, ihi) = Classes(inner);
        return olo <= ilo && ihi <= ohi;
    }

    private static bool Intersect((int, int, int) a, (int, int, int) b)
    {
        var (alo, ahi) = Classes(a);
        var (blo, bhi) = Classes(b);
        return alo <= bhi && blo <= ahi;
    }
}
