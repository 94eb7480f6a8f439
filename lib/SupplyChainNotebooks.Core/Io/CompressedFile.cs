namespace SupplyChainNotebooks.Io;

/// <summary>
/// Opens a text data file for reading, transparently decompressing gzip (detected by its magic bytes, not its name).
/// Gzip content is checked against the file's own CRC-32 and length when the end is reached, so a truncated or damaged
/// download fails with <see cref="Errors.DataFormatException"/> instead of reading as a shorter table; lines longer than
/// <see cref="MaxLineBytes"/> are refused at once (a file without line breaks is not buffered whole).
/// </summary>
public static class CompressedFile
{
    /// <summary>Longest line a data file may have, in bytes (4 MiB; an OECD ICIO row of 4,000 columns is about 60 kB).</summary>
    public const int MaxLineBytes = LineLimitedStream.MaxLineBytes;

    /// <summary>Opens <paramref name="path"/>; gzip content is decompressed and verified on the fly.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="Errors.DataFormatException">While reading: damaged or truncated gzip data, or a line over <see cref="MaxLineBytes"/>.</exception>
    public static Stream OpenRead(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var length = stream.Length;
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
            return new LineLimitedStream(VerifiedGzipStream.Open(stream, path), path, MaxLineBytes, sourceLength: null);
        return new LineLimitedStream(stream, path, MaxLineBytes, length);
    }
}
