using System.Diagnostics;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Io;

namespace SupplyChainNotebooks.Tests.Data;

/// <summary>
/// The test assembly's entry point, for child processes that a test kills half-way through a write
/// (<c>dotnet SupplyChainNotebooks.Tests.dll MODE …</c>); the test runner itself never calls it.
/// <list type="bullet">
/// <item><c>cache-write-pause CACHE_FOLDER SOURCE_CSV BYTES</c>: parses the source (ICIO layout, custom codes) and stores
/// it in the table cache through the real <see cref="TableCache"/> write path, stopping after BYTES bytes of the entry:
/// prints <c>paused</c> and waits to be killed.</item>
/// </list>
/// </summary>
public static class CrashHelper
{
    /// <summary>Reader key the helper and the tests use for the fixture table.</summary>
    public const string ReaderKey = "icio-csv|crash-test|custom=True";

    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["cache-write-pause", var folder, var source, var bytes]:
                var table = IcioCsvReader.Read(source, new IcioReadOptions { CustomLayout = true, DatasetId = "crash-test" });
                var sha = DataProvenance.Sha256Of(source);
                var cache = new TableCache(folder);
                TableCache.Store(cache.EntryPath(sha, ReaderKey), TableCache.Key(sha, ReaderKey), table,
                    file => new PausingStream(file, long.Parse(bytes, System.Globalization.CultureInfo.InvariantCulture)));
                Console.WriteLine("finished without pausing");
                return 1;
            default:
                Console.Error.WriteLine("usage: SupplyChainNotebooks.Tests.dll cache-write-pause CACHE_FOLDER SOURCE_CSV BYTES");
                return 64;
        }
    }

    /// <summary>Starts <c>dotnet DLL ARGS</c> with redirected output and extra environment variables.</summary>
    public static Process StartDotnet(string dll, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        return Process.Start(info) ?? throw new InvalidOperationException($"cannot start {host} {dll}");
    }

    /// <summary>Passes writes through until <c>limit</c> bytes were written, then flushes, says so and blocks forever.</summary>
    private sealed class PausingStream(Stream inner, long limit) : Stream
    {
        private long _written;

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var take = (int)Math.Min(buffer.Length, limit - _written);
            inner.Write(buffer[..take]);
            _written += take;
            if (_written < limit) return;
            inner.Flush();
            Console.WriteLine("paused");
            Console.Out.Flush();
            Thread.Sleep(Timeout.Infinite);
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _written;
        public override long Position { get => _written; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
