namespace SupplyChainNotebooks.Tests.Io;

/// <summary>Paths of the committed fixtures and a per-test scratch folder.</summary>
public static class Fixtures
{
    /// <summary>A committed fixture under Fixtures/.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    /// <summary>A new empty scratch folder under the system temp folder.</summary>
    public static string ScratchFolder()
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "scn-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
