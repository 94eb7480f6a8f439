using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// A small dense matrix of exact fractions with Gauss–Jordan inversion and products. For tests and the tutorial
/// (≤ ~10 nodes); never for real tables.
/// </summary>
public sealed class RationalMatrix
{
    private readonly Rational[,] _v;

    /// <summary>Creates a matrix (copied).</summary>
    public RationalMatrix(Rational[,] values)
    {
        _v = (Rational[,])values.Clone();
    }

    /// <summary>Rows.</summary>
    public int Rows => _v.GetLength(0);

    /// <summary>Columns.</summary>
    public int Columns => _v.GetLength(1);

    /// <summary>Element (i, j).</summary>
    public Rational this[int i, int j] => _v[i, j];

    /// <summary>Parses decimal literals exactly, row by row.</summary>
    public static RationalMatrix Parse(string[][] rows)
    {
        var m = new Rational[rows.Length, rows[0].Length];
        for (var i = 0; i < rows.Length; i++)
            for (var j = 0; j < rows[i].Length; j++) m[i, j] = Rational.Parse(rows[i][j]);
        return new RationalMatrix(m);
    }

    /// <summary>Identity of order n.</summary>
    public static RationalMatrix Identity(int n)
    {
        var m = new Rational[n, n];
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) m[i, j] = i == j ? Rational.One : Rational.Zero;
        return new RationalMatrix(m);
    }

    /// <summary>I − this.</summary>
    public RationalMatrix IdentityMinus()
    {
        var n = Rows;
        var m = new Rational[n, n];
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) m[i, j] = (i == j ? Rational.One : Rational.Zero) - _v[i, j];
        return new RationalMatrix(m);
    }

    /// <summary>Matrix product.</summary>
    public RationalMatrix Multiply(RationalMatrix other)
    {
        var m = new Rational[Rows, other.Columns];
        for (var i = 0; i < Rows; i++)
            for (var j = 0; j < other.Columns; j++)
            {
                var s = Rational.Zero;
                for (var k = 0; k < Columns; k++) if (!_v[i, k].IsZero && !other._v[k, j].IsZero) s += _v[i, k] * other._v[k, j];
                m[i, j] = s;
            }
        return new RationalMatrix(m);
    }

    /// <summary>Exact inverse by Gauss–Jordan elimination.</summary>
    /// <exception cref="NumericalException">Singular matrix.</exception>
    public RationalMatrix Inverse()
    {
        var n = Rows;
        if (n != Columns) throw new NumericalException("matrix must be square");
        var a = (Rational[,])_v.Clone();
        var inv = Identity(n)._v;
        for (var c = 0; c < n; c++)
        {
            var p = c;
            while (p < n && a[p, c].IsZero) p++;
            if (p == n) throw new NumericalException($"matrix is singular (column {c})");
            if (p != c)
                for (var j = 0; j < n; j++) { (a[c, j], a[p, j]) = (a[p, j], a[c, j]); (inv[c, j], inv[p, j]) = (inv[p, j], inv[c, j]); }
            var pivot = a[c, c];
            for (var j = 0; j < n; j++) { a[c, j] /= pivot; inv[c, j] /= pivot; }
            for (var i = 0; i < n; i++)
            {
                if (i == c || a[i, c].IsZero) continue;
                var f = a[i, c];
                for (var j = 0; j < n; j++) { a[i, j] -= f * a[c, j]; inv[i, j] -= f * inv[c, j]; }
            }
        }
        return new RationalMatrix(inv);
    }

    /// <summary>Nearest doubles, row-major.</summary>
    public double[,] ToDoubles()
    {
        var m = new double[Rows, Columns];
        for (var i = 0; i < Rows; i++) for (var j = 0; j < Columns; j++) m[i, j] = _v[i, j].ToDouble();
        return m;
    }
}
