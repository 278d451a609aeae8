using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OcopConnect.Tests.Support;

/// <summary>
/// A multipart upload sent by hand over a socket that announces a large body, sends only its beginning and
/// then waits: the answer can only come if the server refuses without reading the body whole.
/// </summary>
public static class PartialUpload
{
    public sealed record Answer(int Status, string Body);

    /// <summary>
    /// Posts one file field announcing <paramref name="announcedFileBytes"/> bytes of file, sends the first
    /// <paramref name="sentFileBytes"/> and reads the answer; null when none came within <paramref name="wait"/>.
    /// </summary>
    public static async Task<Answer?> PostAsync(Uri server, string cookie, string path, string field, string fileName, string contentType,
        byte[] start, long announcedFileBytes, int sentFileBytes, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(start);
        const string boundary = "----ocop-partial-upload";
        var partHead = Encoding.UTF8.GetBytes(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fileName}\"\r\nContent-Type: {contentType}\r\n\r\n");
        var partTail = Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n");
        var length = partHead.Length + announcedFileBytes + partTail.Length;
        var head = Encoding.ASCII.GetBytes(
            $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nCookie: {cookie}\r\n" +
            $"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");

        using var cancel = new CancellationTokenSource(wait);
        using var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(IPAddress.Loopback, server.Port, cancel.Token);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(head, cancel.Token);
            await stream.WriteAsync(partHead, cancel.Token);
            var file = new byte[sentFileBytes];
            start.AsSpan(0, Math.Min(start.Length, sentFileBytes)).CopyTo(file);
            await stream.WriteAsync(file, cancel.Token);
            // The rest of the body is never sent.
            return await ReadAnswerAsync(stream, cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return null;
        }
    }

    private static async Task<Answer> ReadAnswerAsync(NetworkStream stream, CancellationToken ct)
    {
        var reader = new ByteReader(stream);
        var statusLine = await reader.LineAsync(ct);
        var status = int.Parse(statusLine.Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = await reader.LineAsync(ct); line.Length > 0; line = await reader.LineAsync(ct))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var body = new MemoryStream();
        if (headers.TryGetValue("Content-Length", out var announced))
            await reader.CopyAsync(body, int.Parse(announced, CultureInfo.InvariantCulture), ct);
        else if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            for (var size = Convert.ToInt32((await reader.LineAsync(ct)).Split(';')[0], 16); size > 0; size = Convert.ToInt32((await reader.LineAsync(ct)).Split(';')[0], 16))
            {
                await reader.CopyAsync(body, size, ct);
                await reader.LineAsync(ct);
            }
        }
        return new Answer(status, Encoding.UTF8.GetString(body.ToArray()));
    }

    private sealed class ByteReader(NetworkStream stream)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;

        private async Task<bool> FillAsync(CancellationToken ct)
        {
            _start = 0;
            _end = await stream.ReadAsync(_buffer, ct);
            return _end > 0;
        }

        public async Task<string> LineAsync(CancellationToken ct)
        {
            var line = new List<byte>();
            while (true)
            {
                if (_start == _end && !await FillAsync(ct))
                    throw new EndOfStreamException("The connection closed in the middle of the answer.");
                var b = _buffer[_start++];
                if (b == '\n')
                    return Encoding.ASCII.GetString(line.ToArray()).TrimEnd('\r');
                line.Add(b);
            }
        }

        public async Task CopyAsync(Stream to, int count, CancellationToken ct)
        {
            while (count > 0)
            {
                if (_start == _end && !await FillAsync(ct))
                    throw new EndOfStreamException("The connection closed in the middle of the answer.");
                var n = Math.Min(count, _end - _start);
                await to.WriteAsync(_buffer.AsMemory(_start, n), ct);
                _start += n;
                count -= n;
            }
        }
    }
}
