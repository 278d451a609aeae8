using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace OcopConnect.Web.Infrastructure.Caching;

/// <summary>
/// Evicts a cache tag on this instance and tells the others (decision 0019): a PostgreSQL
/// <c>NOTIFY</c> on <see cref="Channel"/> with the tag as payload, sent after the change committed,
/// which every instance's <see cref="CacheEvictionListener"/> turns into a local eviction.
/// </summary>
public sealed class CacheEvictions(IOutputCacheStore store, NpgsqlDataSource dataSource, ILogger<CacheEvictions> logger)
{
    public const string Channel = "ocop_cache";

    public async ValueTask EvictAsync(string tag, CancellationToken ct = default)
    {
        await store.EvictByTagAsync(tag, ct);
        try
        {
            await using var command = dataSource.CreateCommand("SELECT pg_notify('" + Channel + "', $1)");
            command.Parameters.Add(new NpgsqlParameter { Value = tag });
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (NpgsqlException ex)
        {
            // The change is saved and evicted here; other instances catch up when their listener reconnects.
            logger.LogWarning(ex, "Could not tell other instances to evict {Tag}", tag);
        }
    }

    public void Evict(string tag) => EvictAsync(tag).AsTask().GetAwaiter().GetResult();
}

/// <summary>
/// Holds one connection per instance that <c>LISTEN</c>s on <see cref="CacheEvictions.Channel"/> and
/// evicts the tags it hears about from this instance's store. A page rendered from the old rows while
/// the notice travelled could be stored just after the eviction, so each tag is evicted again shortly
/// after. When the connection drops (PostgreSQL restarting) it reconnects with backoff and evicts
/// everything, since notices sent meanwhile are lost.
/// </summary>
public sealed class CacheEvictionListener(IOutputCacheStore store, DatabaseSettings settings, IConfiguration configuration, ILogger<CacheEvictionListener> logger)
    : BackgroundService
{
    public const string ApplicationName = "ocop-cache-listener";

    private static readonly string[] AllTags = [CatalogueCache.Tag];
    private readonly ConcurrentQueue<string> _heard = new();
    private TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the listener is subscribed (again, after a reconnect).</summary>
    public Task Listening => Volatile.Read(ref _listening).Task;

    /// <summary>How many times the connection was (re)established; tests watch it after cutting the connection.</summary>
    public int Connections => Volatile.Read(ref _connections);

    private int _connections;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("OutputCache:ListenForEvictions", defaultValue: true))
            return;
        var repeatAfter = TimeSpan.FromSeconds(configuration.GetValue<double?>("OutputCache:RepeatEvictionSeconds") ?? 2);
        var connectionString = new NpgsqlConnectionStringBuilder(settings.ConnectionString)
        {
            Pooling = false,
            ApplicationName = ApplicationName,
            // A server that vanished without closing the socket is noticed within this many seconds.
            KeepAlive = 15,
        }.ConnectionString;
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => _heard.Enqueue(e.Payload);
                await using (var listen = new NpgsqlCommand("LISTEN " + CacheEvictions.Channel, connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                Interlocked.Increment(ref _connections);
                // Notices sent while nobody listened are gone: start from an empty cache.
                foreach (var tag in AllTags)
                    await store.EvictByTagAsync(tag, stoppingToken);
                backoff = TimeSpan.FromSeconds(1);
                Volatile.Read(ref _listening).TrySetResult();
                logger.LogInformation("Listening for cache evictions on {Channel}", CacheEvictions.Channel);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                    var tags = new HashSet<string>(StringComparer.Ordinal);
                    while (_heard.TryDequeue(out var tag))
                        tags.Add(tag);
                    foreach (var tag in tags)
                    {
                        await store.EvictByTagAsync(tag, stoppingToken);
                        _ = EvictAgainAsync(tag, repeatAfter, stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            // Whatever went wrong, keep trying: a listener that gave up would leave this instance's cache stale.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                if (Volatile.Read(ref _listening).Task.IsCompleted)
                    Volatile.Write(ref _listening, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                logger.LogWarning(ex, "Cache eviction listener lost its connection; retrying in {Delay}", backoff);
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    private async Task EvictAgainAsync(string tag, TimeSpan after, CancellationToken ct)
    {
        try
        {
            await Task.Delay(after, ct);
            await store.EvictByTagAsync(tag, ct);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
