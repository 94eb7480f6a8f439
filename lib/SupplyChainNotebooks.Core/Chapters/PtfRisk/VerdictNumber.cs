namespace SupplyChainNotebooks.Chapters.PtfRisk;

/// <summary>A number a verdict was decided on (null = undefined).</summary>
/// <param name="Name">What it is, e.g. <c>rank of JPN c15 (JPN_C34T35) among JPN sinks</c>.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">Unit or scale, e.g. <c>appearances</c>, <c>share</c>, <c>M USD</c>, <c>rank</c>.</param>
public sealed record VerdictNumber(string Name, double? Value, string Unit);

/// <summary>A parameter a verdict depends on, as text.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Value">Its value.</param>
public sealed record VerdictParameter(string Name, string Value);
