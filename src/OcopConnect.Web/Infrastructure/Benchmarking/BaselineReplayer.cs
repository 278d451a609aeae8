using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Npgsql;

namespace OcopConnect.Web.Infrastructure.Benchmarking;

/// <summary>
/// Serves <c>/bench/baseline/{path}</c>: the SQL the real page at <c>/{path}</c> runs (recorded once per URL
/// by asking the page itself), replayed on one raw Npgsql connection, each result set written as an HTML table.
/// </summary>
public sealed class BaselineReplayer(NpgsqlDataSource dataSource, SqlRecorder recorder, IServer server, HtmlEncoder encoder, ILogger<BaselineReplayer> logger) : IDisposable
{
    private const int MaxRecordings = 1_000;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentDictionary<string, IReadOnlyList<RecordedCommand>> _recordings = new(StringComparer.Ordinal);

    // Never follows redirects or keeps cookies: the recording call is an anonymous visitor's first view.
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromMinutes(2) };

    public async Task ServeAsync(HttpContext http, string path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var url = path + http.Request.QueryString;
        if (!_recordings.TryGetValue(url, out var commands))
        {
            var (recorded, problem) = await RecordAsync(url, http.Request.Headers.Cookie.ToString(), ct);
            if (recorded is null)
            {
                http.Response.StatusCode = StatusCodes.Status502BadGateway;
                await http.Response.WriteAsync(problem ?? "", ct);
                return;
            }
            if (_recordings.Count >= MaxRecordings)
                _recordings.Clear();
            commands = _recordings.GetOrAdd(url, recorded);
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (IsDownload(path))
        {
            await WriteCsvAsync(http, connection, commands, ct);
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await using var writer = new StreamWriter(http.Response.Body, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>baseline</title></head><body>");
        foreach (var recorded in commands)
        {
            await using var command = Command(recorded, connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await writer.WriteAsync("<table>");
            while (await reader.ReadAsync(ct))
            {
                await writer.WriteAsync("<tr>");
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    await writer.WriteAsync("<td>");
                    if (!reader.IsDBNull(i))
                        await writer.WriteAsync(encoder.Encode(Text(reader.GetValue(i))));
                    await writer.WriteAsync("</td>");
                }
                await writer.WriteAsync("</tr>");
            }
            await writer.WriteAsync("</table>");
        }
        await writer.WriteAsync("</body></html>");
    }

    /// <summary>The recorded command, text and (cloned) parameters, on the replay connection.</summary>
    private static NpgsqlCommand Command(RecordedCommand recorded, NpgsqlConnection connection)
    {
#pragma warning disable CA2100 // the text is what EF Core generated for the page, recorded in this process
        var command = new NpgsqlCommand(recorded.Text, connection);
#pragma warning restore CA2100
        foreach (var parameter in recorded.Parameters)
            command.Parameters.Add(parameter.Clone());
        return command;
    }

    /// <summary>Spreadsheet downloads (<c>.csv</c>, <c>.xlsx</c>): their baseline writes the rows as bare CSV, streamed.</summary>
    private static bool IsDownload(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteCsvAsync(HttpContext http, NpgsqlConnection connection, IReadOnlyList<RecordedCommand> commands, CancellationToken ct)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        await using var writer = new StreamWriter(http.Response.Body, Utf8, bufferSize: 64 * 1024, leaveOpen: true);
        foreach (var recorded in commands)
        {
            await using var command = Command(recorded, connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (i > 0)
                        await writer.WriteAsync(',');
                    if (!reader.IsDBNull(i))
                        await writer.WriteAsync(CsvField(Text(reader.GetValue(i))));
                }
                await writer.WriteAsync('\n');
            }
        }
    }

    private static string CsvField(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Asks the real page once (bypassing the output cache: it skips requests with an Authorization header) and keeps its SQL.
    /// The caller's cookie goes along, so a signed-in page (an export) is recorded as that user sees it.
    /// </summary>
    private async Task<(IReadOnlyList<RecordedCommand>? Commands, string? Problem)> RecordAsync(string url, string? cookie, CancellationToken ct)
    {
        var baseAddress = OwnAddress();
        if (baseAddress is null)
            return (null, "The server has no HTTP address to record the page from.");
        var id = recorder.Begin();
        IReadOnlyList<RecordedCommand> commands;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, url));
            request.Headers.Add(BenchmarkMode.RecordHeader, id);
            request.Headers.TryAddWithoutValidation("Authorization", "Benchmark no-output-cache");
            if (!string.IsNullOrEmpty(cookie))
                request.Headers.TryAddWithoutValidation("Cookie", cookie);
            using var response = await _client.SendAsync(request, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            if (!response.IsSuccessStatusCode)
                return (null, $"{url} answered {(int)response.StatusCode}; a baseline needs a page that answers 200.");
        }
        finally
        {
            commands = recorder.End(id);
        }
        if (commands.Any(c => !c.IsQuery))
            return (null, $"{url} changes data; baselines replay reads only.");
        logger.LogInformation("Baseline for {Url}: {Commands} SQL commands recorded", url, commands.Count);
        return (commands, null);
    }

    private Uri? OwnAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        if (address is null)
            return null;
        // "http://0.0.0.0:5000", "http://[::]:5000", "http://+:5000" all mean: this machine.
        var builder = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0" or "[::]" or "::" or "localhost")
            builder.Host = "127.0.0.1";
        return builder.Uri;
    }

    public void Dispose() => _client.Dispose();

    private static string Text(object value) => value switch
    {
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
