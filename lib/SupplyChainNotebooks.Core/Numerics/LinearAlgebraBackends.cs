namespace SupplyChainNotebooks.Numerics;

/// <summary>
/// Chooses the dense LU backend at run time: the environment variable <c>SCN_LINALG</c> (<c>managed</c> | <c>openblas</c>
/// | <c>auto</c>) or <see cref="Override"/> forces one; otherwise the native backend when its library loads, else managed.
/// </summary>
public static class LinearAlgebraBackends
{
    /// <summary>Name of the environment variable that forces a backend.</summary>
    public const string EnvironmentVariable = "SCN_LINALG";

    /// <summary>Forces a backend for this process (the CLI's <c>--linalg</c> option sets it); null = automatic.</summary>
    public static IDenseLuBackend? Override { get; set; }

    /// <summary>The backend in use now.</summary>
    public static IDenseLuBackend Current => Override ?? FromName(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>Resolves a backend name (null/empty/"auto" = best available).</summary>
    /// <exception cref="Errors.SupplyChainException">Unknown name, or the native backend requested but not available.</exception>
    public static IDenseLuBackend FromName(string? name) => (name ?? "auto").Trim().ToLowerInvariant() switch
    {
        "" or "auto" => OpenBlasLuBackend.IsAvailable ? OpenBlasLuBackend.Instance : ManagedLuBackend.Instance,
        "managed" => ManagedLuBackend.Instance,
        "openblas" or "native" => OpenBlasLuBackend.IsAvailable
            ? OpenBlasLuBackend.Instance
            : throw new Errors.SupplyChainException("linear-algebra backend 'openblas' requested but libopenblas.so.0 cannot be loaded (apt-get install libopenblas0-pthread)"),
        var other => throw new Errors.SupplyChainException($"unknown linear-algebra backend '{other}'; use managed, openblas or auto"),
    };

    /// <summary>One line describing the active backend and what is available, for <c>scn info</c> and provenance.</summary>
    public static string Describe() =>
        $"{Current.Name} (native openblas {(OpenBlasLuBackend.IsAvailable ? "available" : "not available")}; managed kernel {ManagedLuBackend.Kernel}; {EnvironmentVariable}={Environment.GetEnvironmentVariable(EnvironmentVariable) ?? "unset"})";
}
