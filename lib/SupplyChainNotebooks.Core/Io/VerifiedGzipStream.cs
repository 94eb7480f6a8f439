using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// Decompresses a gzip file and checks it against its own trailer: .NET's <see cref="GZipStream"/> neither verifies the
/// CRC-32 nor notices a stream that ends early, so a truncated download would otherwise read as a shorter table. The
/// trailer (CRC-32 and length mod 2³² of the uncompressed data, the last 8 bytes of the file) is read first; the data
/// are hashed as they pass; at the end both must match. Damaged deflate data (<see cref="InvalidDataException"/>) and a
/// mismatch raise <see cref="DataFormatException"/> naming the file. A file of several concatenated gzip members
/// (bgzip) carries only the last member's trailer and is refused with that explanation.
/// </summary>
internal sealed class VerifiedGzipStream : Stream
{
    private readonly FileStream _file;
    private readonly GZipStream _gzip;
    private readonly string _path;
    private readonly uint _expectedCrc;
    private readonly uint _expectedLength;
    private readonly Crc32 _crc = new();
    private long _length;
    private bool _verified;

    private VerifiedGzipStream(FileStream file, string path, uint expectedCrc, uint expectedLength)
    {
        _file = file;
        _path = path;
        _expectedCrc = expectedCrc;
        _expectedLength = expectedLength;
        _gzip = new GZipStream(file, CompressionMode.Decompress, leaveOpen: false);
    }

    /// <summary>Opens a gzip file positioned at its start (the caller has seen the magic bytes).</summary>
    /// <exception cref="DataFormatException">The file is too short to be gzip.</exception>
    public static VerifiedGzipStream Open(FileStream file, string path)
    {
        // 10-byte header + at least an empty deflate block (2 bytes) + 8-byte trailer.
        if (file.Length < 20)
        {
            file.Dispose();
            throw new DataFormatException(path, null, null, $"truncated gzip file ({file.Length} bytes): download or copy it again");
        }
        Span<byte> trailer = stackalloc byte[8];
        file.Seek(-8, SeekOrigin.End);
        file.ReadExactly(trailer);
        file.Position = 0;
        return new VerifiedGzipStream(file, path, BinaryPrimitives.ReadUInt32LittleEndian(trailer), BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]));
    }

    /// <summary>Uncompressed bytes delivered so far.</summary>
    public long UncompressedBytes => _length;

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _gzip.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException(_path, null, null,
                $"corrupt gzip data after {Describe(_length)} of uncompressed text ({e.Message}): download or copy the file again", e);
        }
        if (read > 0)
        {
            _crc.Append(buffer[..read]);
            _length += read;
        }
        else if (buffer.Length > 0)
        {
            Verify();
        }
        return read;
    }

    private void Verify()
    {
        if (_verified) return;
        _verified = true;
        var crc = _crc.GetCurrentHashAsUInt32();
        if (crc == _expectedCrc && (uint)_length == _expectedLength) return;
        throw new DataFormatException(_path, null, null,
            $"the gzip stream is truncated or corrupt: it decompressed to {Describe(_length)} with CRC-32 {crc:x8}, but its trailer records "
            + $"{_expectedLength.ToString(CultureInfo.InvariantCulture)} bytes (mod 2^32) with CRC-32 {_expectedCrc:x8}; download or copy the file again "
            + "(a multi-member gzip such as bgzip output is not supported: recompress it with gzip)");
    }

    private static string Describe(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => _length; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override void Flush() { }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }
}
