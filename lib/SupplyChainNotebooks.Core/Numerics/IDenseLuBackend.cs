namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// A dense LU factorisation with partial pivoting. Implementations: <see cref="ManagedLuBackend"/> (always available)
/// and <see cref="OpenBlasLuBackend"/> (system LAPACK through P/Invoke). Both must pass the same test suite.
/// </summary>
public interface IDenseLuBackend
{
    /// <summary>Short name shown by <c>scn info</c> and recorded in provenance ("managed", "openblas").</summary>
    string Name { get; }

    /// <summary>
    /// Factors the n × n matrix M stored ROW-major in <paramref name="rowMajor"/>. The array is taken over and
    /// overwritten by the factors; the caller must not use it afterwards.
    /// </summary>
    /// <exception cref="Errors.NumericalException">M is singular (exactly zero pivot); the message names the pivot index.</exception>
    IDenseLuFactorization Factor(double[] rowMajor, int n);
}

/// <summary>The factors of one matrix M; answers M x = b and Mᵀ x = b for many right-hand sides.</summary>
public interface IDenseLuFactorization
{
    /// <summary>Order n of the factored matrix.</summary>
    int Order { get; }

    /// <summary>
    /// Solves in place for <paramref name="rightHandSides"/> right-hand sides stored one after another (each a contiguous
    /// vector of length n). With <paramref name="transpose"/> the system is Mᵀ x = b.
    /// </summary>
    void Solve(double[] b, int rightHandSides, bool transpose);
}
