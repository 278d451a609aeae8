using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace OcopConnect.Web.Infrastructure.Benchmarking;

/// <summary>A command as EF Core sent it: its text and its parameters (cloned, with their PostgreSQL types).</summary>
public sealed record RecordedCommand(string Text, IReadOnlyList<NpgsqlParameter> Parameters, bool IsQuery);

/// <summary>
/// Benchmark mode only: keeps the commands of requests that carry <see cref="BenchmarkMode.RecordHeader"/>,
/// under the header's value. Other requests pass through untouched.
/// </summary>
public sealed partial class SqlRecorder(IHttpContextAccessor http) : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<RecordedCommand>> _recordings = new(StringComparer.Ordinal);

    public string Begin()
    {
        var id = Guid.NewGuid().ToString("N");
        _recordings[id] = new ConcurrentQueue<RecordedCommand>();
        return id;
    }

    public IReadOnlyList<RecordedCommand> End(string id) =>
        _recordings.TryRemove(id, out var commands) ? [.. commands] : [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command, isQuery: true);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command, isQuery: true);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command, isQuery: true);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command, isQuery: true);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command, isQuery: false);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command, isQuery: false);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, bool isQuery)
    {
        var context = http.HttpContext;
        if (context is null || !context.Request.Headers.TryGetValue(BenchmarkMode.RecordHeader, out var id)
            || !_recordings.TryGetValue(id.ToString(), out var commands))
            return;
        // The sign-in session's bookkeeping (reading and sliding the user_sessions row) belongs to the
        // cookie, not to the page: the baseline request pays it too, as it carries the same cookie.
        if (command.CommandText.Contains("user_sessions", StringComparison.Ordinal))
            return;
        var parameters = command.Parameters.OfType<NpgsqlParameter>().Select(p => p.Clone()).ToList();
        // A data-modifying statement sent as a reader (INSERT … RETURNING) must not be replayed either.
        var query = isQuery && IsRead(command.CommandText);
        commands.Enqueue(new RecordedCommand(command.CommandText, parameters, query));
    }

    /// <summary>A SELECT, or a WITH … SELECT whose parts change nothing (the catalogue's match is one).</summary>
    private static bool IsRead(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            return true;
        return trimmed.StartsWith("WITH", StringComparison.OrdinalIgnoreCase) && !Writes().IsMatch(trimmed);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(INSERT|UPDATE|DELETE|MERGE)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Writes();
}
