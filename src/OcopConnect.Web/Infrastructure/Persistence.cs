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
            .AddInterceptors(services.GetRequiredService<AuditInterceptor>()));
        return settings;
    }

    public static async Task<LocalPostgresCluster> StartLocalClusterAsync(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new LocalPostgresOptions();
        configuration.GetSection(LocalPostgresOptions.SectionName).Bind(options);
        if (!Path.IsPathRooted(options.DataDirectory))
            options.DataDirectory = Path.Combine(contentRoot, options.DataDirectory);
        return await LocalPostgresCluster.StartAsync(options).ConfigureAwait(false);
    }

    /// <summary>Stops the embedded cluster after everything else has stopped.</summary>
    public static void StopLocalClusterOnShutdown(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var cluster = app.Services.GetService<LocalPostgresCluster>();
        if (cluster is not null)
            app.Lifetime.ApplicationStopped.Register(cluster.Dispose);
    }
}
