using Microsoft.EntityFrameworkCore;
using Npgsql;
using OcopConnect.LocalPostgres;
using OcopConnect.Web.Data;

namespace OcopConnect.Web.Infrastructure;

/// <summary>What start-up does to the database; decided once from configuration.</summary>
public sealed record DatabaseSettings(string ConnectionString, bool IsEmbedded, bool Migrate, bool LoadDemoData);

public static class Persistence
{
    public const string ConnectionStringName = "Default";

    /// <summary>
    /// Uses ConnectionStrings:Default when set; otherwise starts the embedded cluster, which the
    /// app then owns and stops on shutdown. Migrations and demo data default to on for the
    /// embedded cluster and off for a configured server (production migrates deliberately).
    /// </summary>
    public static async Task<DatabaseSettings> AddPersistenceAsync(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        string connectionString;
        var embedded = string.IsNullOrWhiteSpace(configured);
        if (embedded)
        {
            var cluster = await StartLocalClusterAsync(builder.Configuration, builder.Environment.ContentRootPath).ConfigureAwait(false);
            builder.Services.AddSingleton(cluster);
            connectionString = cluster.ConnectionString;
        }
        else
        {
            connectionString = configured!;
        }

        var settings = new DatabaseSettings(
            connectionString,
            embedded,
            Migrate: builder.Configuration.GetValue<bool?>("Database:Migrate") ?? embedded,
            LoadDemoData: builder.Configuration.GetValue<bool?>("Demo:Enabled") ?? embedded);
        builder.Services.AddSingleton(settings);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
        builder.Services.AddScoped<AuditInterceptor>();
        builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        builder.Services.AddDbContext<OcopDbContext>((services, options) => options
            .UseNpgsql(services.GetRequiredService<NpgsqlDataSource>())
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(
                services.GetRequiredService<AuditInterceptor>(),
                services.GetRequiredService<Caching.CatalogueCacheInterceptor>()));
        builder.Services.AddReadReplica(builder.Configuration);
        return settings;
    }

    public static async Task<LocalPostgresCluster> StartLocalClusterAsync(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new LocalPostgresOptions();
        configuration.GetSection(LocalPostgresOptions.SectionName).Bind(options);
        if (!Path.IsPathRooted(options.DataDirectory))
            options.DataDirectory = Path.Combine(contentRoot, options.DataDirectory);
        // With the default folder, a clone the postgres account cannot reach (under /root) still runs:
        // the cluster then lives in a folder named after the clone. A folder set by the user is never replaced.
        if (string.IsNullOrWhiteSpace(configuration[$"{LocalPostgresOptions.SectionName}:{nameof(LocalPostgresOptions.DataDirectory)}"]))
        {
            var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(options.DataDirectory)))[..12].ToLowerInvariant();
            options.FallbackDataDirectory = Path.Combine("/var/lib/ocopconnect", key);
        }
        return await LocalPostgresCluster.StartAsync(options).ConfigureAwait(false);
    }

    /// <summary>Stops the embedded cluster after everything else has stopped.</summary>
    public static void StopLocalClusterOnShutdown(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var cluster = app.Services.GetService<LocalPostgresCluster>();
        if (cluster is null)
            return;
        app.Logger.LogInformation("Embedded PostgreSQL on 127.0.0.1:{Port}, data folder {DataFolder}", cluster.Port, cluster.RootDirectory);
        app.Lifetime.ApplicationStopped.Register(cluster.Dispose);
    }
}
