using System.IO.Compression;

namespace SupplyChainNotebooks.Io;

/// <summary>Opens a data file for reading, transparently decompressing gzip (detected by its magic bytes, not its name).</summary>
public static class CompressedFile
{
    /// <summary>Opens <paramref name="path"/>; gzip content is decompressed on the fly.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static Stream OpenRead(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        var read = stream.Read(magic);
        stream.Position = 0;
        if (read == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
            return new BufferedStream(new GZipStream(stream, CompressionMode.Decompress), 1 << 16);
        return stream;
    }
}
