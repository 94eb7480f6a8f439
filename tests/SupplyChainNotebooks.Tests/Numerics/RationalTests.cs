using System.Globalization;
using SupplyChainNotebooks.Numerics;
using Xunit;

namespace SupplyChainNotebooks.Tests.Numerics;

public sealed class RationalTests
{
    [Fact]
    public void ToDoubleIsCorrectlyRoundedLikeTheDecimalParser()
    {
        var rng = new Random(5);
        for (var t = 0; t < 2000; t++)
        {
            var digits = rng.Next(1, 17);
            var text = "0." + string.Concat(Enumerable.Range(0, digits).Select(_ => (char)('0' + rng.Next(10))));
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), Rational.Parse(text).ToDouble());
        }
        Assert.Equal(1.0 / 3.0, new Rational(1, 3).ToDouble());
        Assert.Equal(-2.0 / 7.0, new Rational(-2, 7).ToDouble());
        Assert.Equal(1e30 / 7, new Rational(System.Numerics.BigInteger.Pow(10, 30), 7).ToDouble(), 1e15);
    }

    [Fact]
    public void ArithmeticStaysInLowestTerms()
    {
        var a = Rational.Parse("0.15");
        Assert.Equal(new Rational(3, 20), a);
        Assert.Equal(new Rational(1, 4), Rational.Parse("0.1") + Rational.Parse("0.15"));
        Assert.Equal(Rational.One, new Rational(6, 6));
        Assert.Equal("-1/2", new Rational(2, -4).ToString());
        Assert.Throws<DivideByZeroException>(() => new Rational(1, 0));
    }

    [Fact]
    public void GaussJordanInverseTimesMatrixIsIdentity()
    {
        var a = ToyWorld.A.IdentityMinus();
        var product = a.Multiply(a.Inverse());
        for (var i = 0; i < 6; i++)
            for (var j = 0; j < 6; j++) Assert.Equal(i == j ? Rational.One : Rational.Zero, product[i, j]);
    }
}
