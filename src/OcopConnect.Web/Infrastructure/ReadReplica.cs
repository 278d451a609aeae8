using Microsoft.EntityFrameworkCore;
using Npgsql;
using OcopConnect.Web.Data;

namespace OcopConnect.Web.Infrastructure;

/// <summary>
/// The read-only side for the public catalogue (decision 0019). With <c>ConnectionStrings:ReadReplica</c>
/// set, the catalogue's read queries for anonymous visitors (search, product, enterprise, province and
/// conference pages, the open-data API, the catalogue PDF) run on that server, typically a streaming
/// replica. Everything else keeps the primary: every write, and every request of a signed-in user, who
/// may be looking for what they just saved (a replica can lag). Without the setting the key resolves
/// to the ordinary context, so nothing changes.
/// Consumers ask for <c>[FromKeyedServices(ReadReplica.Key)] OcopDbContext</c>.
/// </summary>
public static class ReadReplica
{
    public const string Key = "catalogue-read";
    public const string ConnectionStringName = "ReadReplica";

    public static void AddReadReplica(this IServiceCollection services, IConfiguration configuration)
    {
        var replica = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(replica))
        {
            services.AddKeyedScoped(Key, (sp, _) => sp.GetRequiredService<OcopDbContext>());
            return;
        }
        services.AddSingleton(_ => new ReplicaDataSource(new NpgsqlDataSourceBuilder(replica).Build()));
        services.AddKeyedScoped(Key, (sp, _) =>
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User.Identity?.IsAuthenticated == true
                ? sp.GetRequiredService<OcopDbContext>()
                : new OcopDbContext(sp.GetRequiredService<ReplicaDataSource>().Options));
    }
}

/// <summary>The replica's connection pool and context options; a singleton, so the container disposes the pool on shutdown.</summary>
public sealed class ReplicaDataSource(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    public DbContextOptions<OcopDbContext> Options { get; } = new DbContextOptionsBuilder<OcopDbContext>()
        .UseNpgsql(dataSource)
        .UseSnakeCaseNamingConvention()
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        .Options;

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
