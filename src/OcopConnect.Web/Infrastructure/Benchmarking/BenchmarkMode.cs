using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;

namespace OcopConnect.Web.Infrastructure.Benchmarking;

/// <summary>
/// Benchmark mode (issue 9, <c>bench/README.md</c>): only when <c>Benchmark:Enabled=true</c>, the app
/// maps <c>GET /bench/baseline/{path}</c>. Its first call for a URL asks the real page at <c>/{path}</c>
/// once, recording the SQL commands EF Core sends (text and parameters); every call then replays those
/// commands through a raw <see cref="Npgsql.NpgsqlDataSource"/> connection and writes the rows as
/// minimal HTML. Page and baseline therefore run the very same SQL, and the ratio of the two measures
/// what EF Core, the page model and Razor add. Off by default and never to be enabled in production.
/// </summary>
public static class BenchmarkMode
{
    public const string EnabledKey = "Benchmark:Enabled";
    public const string BaselinePrefix = "/bench/baseline";

    /// <summary>Sent by the baseline on its recording call; the recorder keeps the SQL of requests that carry it.</summary>
    public const string RecordHeader = "X-Bench-Record";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(EnabledKey);

    public static IServiceCollection AddBenchmarkMode(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
            return services;
        services.AddSingleton<SqlRecorder>();
        services.AddSingleton<BaselineReplayer>();
        // Composes with AddPersistenceAsync's options: one more interceptor, idle unless a request carries RecordHeader.
        services.ConfigureDbContext<OcopDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<SqlRecorder>()));
        return services;
    }

    public static void MapBenchmarkBaselines(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!IsEnabled(app.Configuration))
            return;
        app.MapGet(BaselinePrefix + "/{**path}", async (HttpContext http, string? path, BaselineReplayer replayer, CancellationToken ct) =>
        {
            if (!IsLocal(http))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await replayer.ServeAsync(http, "/" + path, ct);
        });
        app.Logger.LogWarning("Benchmark mode is on: baseline endpoints under {Prefix}; never enable it in production", BaselinePrefix);
    }

    /// <summary>Baselines answer the machine itself only (the benchmark harness), even in benchmark mode.</summary>
    private static bool IsLocal(HttpContext http) =>
        http.Connection.RemoteIpAddress is not IPAddress remote || IPAddress.IsLoopback(remote);
}
