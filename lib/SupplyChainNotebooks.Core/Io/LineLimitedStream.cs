using System.Globalization;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// The byte stream of a text data file as the CSV readers see it: counts line breaks as the bytes pass and refuses a
/// line longer than <see cref="MaxLineBytes"/> — a file without line breaks (a binary file, a wrong delimiter setting, a
/// damaged download) fails at once with the line number instead of being buffered whole by the CSV parser. Format errors
/// raised below it (a damaged gzip stream) get the line the reader had reached.
/// </summary>
internal sealed class LineLimitedStream : Stream
{
    private readonly Stream _inner;
    private readonly string _path;
    private readonly int _maxLineBytes;
    private long _lineBreaks;
    private long _currentLineBytes;

    /// <summary>Wraps <paramref name="inner"/> (disposed with this stream).</summary>
    /// <param name="inner">The file's bytes (decompressed).</param>
    /// <param name="path">File name for messages.</param>
    /// <param name="maxLineBytes">Longest line accepted, in bytes.</param>
    /// <param name="sourceLength">Length of the text when known (plain files; null for gzip), for the parallel-parse decision.</param>
    public LineLimitedStream(Stream inner, string path, int maxLineBytes, long? sourceLength)
    {
        _inner = inner;
        _path = path;
        _maxLineBytes = maxLineBytes;
        SourceLength = sourceLength;
    }

    /// <summary>Longest line accepted by default: 4 MiB (an OECD ICIO row of 4,000 columns is about 60 kB).</summary>
    public const int MaxLineBytes = 4 << 20;

    /// <summary>Length of the text in bytes (a plain file's size), or null when unknown (gzip).</summary>
    public long? SourceLength { get; }

    /// <summary>The 1-based line the reader is in.</summary>
    public long Line => _lineBreaks + 1;

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _inner.Read(buffer);
        }
        catch (DataFormatException e) when (e.Line is null)
        {
            throw new DataFormatException(e.File, Line, null, e.Problem, e);
        }
        catch (IOException e)
        {
            throw new DataFormatException(_path, Line, null, $"cannot read the file: {e.Message}", e);
        }
        var chunk = buffer[..read];
        while (chunk.Length > 0)
        {
            var newline = chunk.IndexOf((byte)'\n');
            if (newline < 0)
            {
                _currentLineBytes += chunk.Length;
                break;
            }
            _currentLineBytes += newline;
            Check();
            _lineBreaks++;
            _currentLineBytes = 0;
            chunk = chunk[(newline + 1)..];
        }
        Check();
        return read;
    }

    private void Check()
    {
        if (_currentLineBytes <= _maxLineBytes) return;
        throw new DataFormatException(_path, Line, null,
            $"line {Line.ToString(CultureInfo.InvariantCulture)} is longer than {(_maxLineBytes >> 20).ToString(CultureInfo.InvariantCulture)} MiB without a line break: "
            + "not a text table in the expected layout (a binary or damaged file, or one without line breaks)");
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

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
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
