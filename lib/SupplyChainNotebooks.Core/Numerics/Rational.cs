using System.Globalization;
using System.Numerics;

namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// An exact fraction of two big integers, always normalised (positive denominator, lowest terms). Used for the
/// exact worked examples and brute-force walk sums that test the floating-point implementation.
/// </summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    /// <summary>Creates num/den in lowest terms.</summary>
    /// <exception cref="DivideByZeroException">den = 0.</exception>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("rational with zero denominator");
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsOne && !g.IsZero) { numerator /= g; denominator /= g; }
        Numerator = numerator;
        _denominator = numerator.IsZero ? BigInteger.One : denominator;
    }

    private readonly BigInteger _denominator;

    /// <summary>Numerator (sign carrier).</summary>
    public BigInteger Numerator { get; }

    /// <summary>Denominator (&gt; 0). A default instance reads as 0/1.</summary>
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    /// <summary>0.</summary>
    public static Rational Zero => new(0, 1);

    /// <summary>1.</summary>
    public static Rational One => new(1, 1);

    /// <summary>True if zero.</summary>
    public bool IsZero => Numerator.IsZero;

    /// <summary>Parses a decimal literal exactly ("0.15" → 3/20) or a fraction "a/b".</summary>
    public static Rational Parse(string text)
    {
        text = text.Trim();
        var slash = text.IndexOf('/');
        if (slash > 0)
            return new Rational(BigInteger.Parse(text[..slash], CultureInfo.InvariantCulture), BigInteger.Parse(text[(slash + 1)..], CultureInfo.InvariantCulture));
        var negative = text.StartsWith('-');
        if (negative) text = text[1..];
        var dot = text.IndexOf('.');
        if (dot < 0) return new Rational(BigInteger.Parse(text, CultureInfo.InvariantCulture) * (negative ? -1 : 1), 1);
        var digits = text.Remove(dot, 1);
        var scale = BigInteger.Pow(10, text.Length - dot - 1);
        return new Rational(BigInteger.Parse(digits, CultureInfo.InvariantCulture) * (negative ? -1 : 1), scale);
    }

    /// <summary>The nearest double (correctly rounded, ties to even).</summary>
    public double ToDouble()
    {
        var n = BigInteger.Abs(Numerator);
        var d = Denominator;
        if (n.IsZero) return 0;
        // Quotient with 55–56 significant bits plus a sticky bit, then round to 53 bits by hand.
        var shift = 55 - (int)(n.GetBitLength() - d.GetBitLength());
        var q = BigInteger.DivRem(shift >= 0 ? n << shift : n, shift >= 0 ? d : d << -shift, out var r);
        if (!r.IsZero) q |= BigInteger.One;
        var drop = (int)q.GetBitLength() - 53;
        var mantissa = q >> drop;
        var rest = q & ((BigInteger.One << drop) - 1);
        var half = BigInteger.One << (drop - 1);
        if (rest > half || (rest == half && !mantissa.IsEven)) mantissa += 1;
        var value = Math.ScaleB((double)mantissa, drop - shift);
        return Numerator.Sign < 0 ? -value : value;
    }

    /// <summary>Sum.</summary>
    public static Rational operator +(Rational a, Rational b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>Difference.</summary>
    public static Rational operator -(Rational a, Rational b) => new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>Negation.</summary>
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    /// <summary>Product.</summary>
    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <summary>Quotient.</summary>
    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>Integer to rational.</summary>
    public static implicit operator Rational(long value) => new(value, 1);

    /// <summary>Equality.</summary>
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    /// <summary>Less than.</summary>
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    /// <summary>Greater than.</summary>
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    /// <inheritdoc />
    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <inheritdoc />
    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <inheritdoc />
    public override string ToString() => Denominator.IsOne ? Numerator.ToString(CultureInfo.InvariantCulture) : $"{Numerator}/{Denominator}";
}
