using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Tests.Io;
using Xunit;

namespace SupplyChainNotebooks.Tests.Data;

/// <summary>
/// Issue A.4: the data folder is resolved from <c>--data DIR</c>, then <c>SUPPLYCHAIN_DATA</c>, then <c>../shared/data</c>
/// when it exists (then the download folder <c>.data/</c>). The environment variable is process-wide, so this class runs
/// in the data-folder collection and its folders hold only a probe file no other test looks for.
/// </summary>
[Collection(DataFolderCollection.Name)]
public sealed class DataFolderOrderTests : IDisposable
{
    private const string Probe = "order-probe/which.txt";
    private readonly string? _previous = Environment.GetEnvironmentVariable(DataFolder.EnvironmentVariable);
    private readonly string _option = Folder("option");
    private readonly string _environment = Folder("environment");

    public void Dispose() => Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, _previous);

    private static string Folder(string name)
    {
        var folder = Path.Combine(Fixtures.ScratchFolder(), name);
        Directory.CreateDirectory(Path.Combine(folder, "order-probe"));
        File.WriteAllText(Path.Combine(folder, Probe), name);
        return folder;
    }

    private static string? Mirror()
    {
        var mirror = Path.GetFullPath(Path.Combine(RepositoryLayout.Root!, "..", "shared", "data"));
        return Directory.Exists(mirror) ? mirror : null;
    }

    private static string Downloads => Path.Combine(RepositoryLayout.Root!, ".data");

    [Fact]
    public void OptionThenEnvironmentThenMirrorThenDownloads()
    {
        Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, _environment);
        var folders = DataFolder.Resolve(_option);
        string?[] expected = [_option, _environment, Mirror(), Downloads];
        Assert.Equal(expected.OfType<string>().ToArray(), folders.Candidates.ToArray());
        Assert.Equal(_option, folders.DownloadFolder);
        Assert.Equal("option", File.ReadAllText(folders.Find([Probe])!));

        // Without the option the environment folder comes first and receives downloads.
        var environmentOnly = DataFolder.Resolve(null);
        Assert.Equal(expected.Skip(1).OfType<string>().ToArray(), environmentOnly.Candidates.ToArray());
        Assert.Equal(_environment, environmentOnly.DownloadFolder);
        Assert.Equal("environment", File.ReadAllText(environmentOnly.Find([Probe])!));
    }

    [Fact]
    public void WithoutTheOptionTheEnvironmentWhenSetThenTheMirrorWhenPresentThenDownloads()
    {
        // The process's own setting (normally unset): not cleared here, so tests running in parallel keep their data.
        var folders = DataFolder.Resolve(null);
        var environment = string.IsNullOrWhiteSpace(_previous) ? null : Path.GetFullPath(_previous);
        string?[] expected = [environment, Mirror(), Downloads];
        Assert.Equal(expected.OfType<string>().Distinct().ToArray(), folders.Candidates.ToArray());
        Assert.Equal(environment ?? Downloads, folders.DownloadFolder);
        Assert.Null(folders.Find([Probe]));
    }
}
