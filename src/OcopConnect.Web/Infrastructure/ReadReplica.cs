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
        var dataSource = new NpgsqlDataSourceBuilder(replica).Build();
        var options = new DbContextOptionsBuilder<OcopDbContext>()
            .UseNpgsql(dataSource)
            .UseSnakeCaseNamingConvention()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options;
        services.AddSingleton(new ReplicaDataSource(dataSource));
        services.AddKeyedScoped(Key, (sp, _) =>
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User.Identity?.IsAuthenticated == true
                ? sp.GetRequiredService<OcopDbContext>()
                : new OcopDbContext(options));
    }
}

/// <summary>Owns the replica's connection pool so the container disposes it on shutdown.</summary>
public sealed class ReplicaDataSource(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
