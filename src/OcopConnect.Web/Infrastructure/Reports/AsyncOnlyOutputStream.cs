namespace OcopConnect.Web.Infrastructure.Reports;

/// <summary>
/// Lets a writer that makes a few small synchronous writes stream to Kestrel, which refuses synchronous
/// I/O. .NET's ZipArchive (under SpreadCheetah) writes each entry's data descriptor and the closing
/// central directory synchronously; those bytes are held here and sent by the next asynchronous write
/// or flush. Everything else passes straight through, so memory stays flat however long the file is.
/// </summary>
public sealed class AsyncOnlyOutputStream(Stream inner) : Stream
{
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendPendingAsync(cancellationToken);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendPendingAsync(cancellationToken);
        await inner.FlushAsync(cancellationToken);
    }

    /// <summary>Nothing is sent synchronously; <see cref="FlushAsync(CancellationToken)"/> sends what is held.</summary>
    public override void Flush()
    {
    }

    private async Task SendPendingAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length == 0)
            return;
        await inner.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
        _pending.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _pending.Dispose();
        base.Dispose(disposing);
    }
}
