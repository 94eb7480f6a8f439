namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>Paths of the hand-written test notebooks (copied next to the test assembly).</summary>
internal static class Fixture
{
    public static string Path(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", file);
}
