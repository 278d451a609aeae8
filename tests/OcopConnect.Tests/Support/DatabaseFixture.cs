using Microsoft.EntityFrameworkCore;
using Npgsql;
using OcopConnect.LocalPostgres;
using OcopConnect.Web.Data;
using Respawn;

namespace OcopConnect.Tests.Support;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run, started by the same launcher the app
/// uses, migrated once. Respawn empties every table but the reference data before each test.
/// The browser journeys derive from it to serve the same app on a real port.
/// </summary>
public class DatabaseFixture : IAsyncLifetime
{
    /// <summary>Reference data seeded by migrations (and the app's key ring): it stays; everything users and the demo create goes.</summary>
    public static readonly IReadOnlyList<string> ReferenceTables = ["__EFMigrationsHistory", "provinces", "product_groups", "roles", "data_protection_keys"];

    private Respawner? _respawner;
    private OcopAppFactory? _factory;

    public LocalPostgresCluster Cluster { get; private set; } = null!;

    public string ConnectionString => Cluster.ConnectionString;

    public virtual async Task InitializeAsync()
    {
        Cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions
        {
            DataDirectory = TestPaths.NewTempDirectory("ocop-tests"),
            Database = "ocop_tests",
            Ephemeral = true,
        });
        await using (var db = CreateDbContext())
            await db.Database.MigrateAsync();

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = [.. ReferenceTables.Select(t => new Respawn.Graph.Table(t))],
        });
    }

    public async Task ResetAsync()
    {
        await ResetAppAsync();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
    }

    /// <summary>
    /// What the shared app keeps between tests, put back: its clock at <see cref="OcopAppFactory.DefaultNow"/>, and no
    /// cached pages (they show rows that are about to be gone or replaced). Part of every reset and every restore.
    /// </summary>
    public async Task ResetAppAsync()
    {
        if (_factory is null)
            return;
        _factory.Clock.Now = OcopAppFactory.DefaultNow;
        await OcopConnect.Web.Infrastructure.Caching.CatalogueCache.EvictAsync(_factory.Services);
    }

    public OcopDbContext CreateDbContext(string? connectionString = null, TimeProvider? clock = null)
    {
        var options = new DbContextOptionsBuilder<OcopDbContext>()
            .UseNpgsql(connectionString ?? ConnectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new AuditInterceptor(clock ?? TimeProvider.System, new FixedUser(null)))
            .Options;
        return new OcopDbContext(options);
    }

    /// <summary>The app on this cluster, shared by the tests of the run (its clock is a fake, set per test).</summary>
    public OcopAppFactory App => _factory ??= CreateApp();

    protected virtual OcopAppFactory CreateApp() => new(ConnectionString, settings: SharedAppSettings);

    /// <summary>
    /// The shared app is the only instance its tests talk to, and every save evicts its cache at once (the
    /// interceptor does it in the request). So it does not also listen for other instances' evictions: a notice
    /// heard from the previous test's reset, and the eviction repeated two seconds later, would empty the cache in
    /// the middle of the next test. The listener itself is tested with instances of its own (ScaleOutTests).
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> SharedAppSettings =
        new Dictionary<string, string> { ["OutputCache:ListenForEvictions"] = "false" };

    /// <summary>A new, empty database in the same cluster, for tests that need a schema of their own.</summary>
    public async Task<string> CreateScratchDatabaseAsync()
    {
        var name = "scratch_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // the name is generated above, not user input
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
        return Cluster.ConnectionStringFor(name);
    }

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        await Cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}

/// <summary>
/// A second database collection with a cluster of its own, for the long runs (the import crashes, the hostile
/// campaign, backups, redirects): it runs beside <see cref="DatabaseCollection"/> instead of after it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LongRunsCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database, long runs";
}

/// <summary>
/// A third database collection with a cluster of its own, for the access matrix alone (about a thousand cases on
/// one arranged world): it runs beside the other two instead of after them, and no other class's reset forces
/// a restore of its world.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MatrixCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database, access matrix";
}

/// <summary>Base for tests on the shared database: every test starts from empty tables.</summary>
[Collection(DatabaseCollection.Name)]
public abstract class DatabaseTest(DatabaseFixture fixture) : IAsyncLifetime
{
    protected DatabaseFixture Fixture { get; } = fixture;

    public virtual Task InitializeAsync() => Fixture.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
