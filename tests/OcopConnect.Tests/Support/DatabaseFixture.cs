using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OcopConnect.LocalPostgres;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Support;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run, started by the same launcher the app
/// uses, migrated once. <see cref="TableReset"/> empties every table but the reference data before each test.
/// The browser journeys derive from it to serve the same app on a real port.
/// </summary>
public class DatabaseFixture : IAsyncLifetime
{
    /// <summary>Reference data seeded by migrations (and the app's key ring): it stays; everything users and the demo create goes.</summary>
    public static readonly IReadOnlyList<string> ReferenceTables = ["__EFMigrationsHistory", "provinces", "product_groups", "roles", "data_protection_keys"];

    private TableReset? _tables;
    private readonly Dictionary<string, (WorldSnapshot Snapshot, object? Result)> _arranged = new(StringComparer.Ordinal);
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
        _tables = await TableReset.CreateAsync(ConnectionString);
    }

    public async Task ResetAsync()
    {
        await ResetAppAsync();
        await _tables!.RunAsync();
    }

    /// <summary>
    /// An arrangement that many tests start from (the demo story, the accounts of a page's tests), made once on this
    /// cluster and copied back into the empty tables of every later test that asks for it: same rows, same ids, same
    /// hashed passwords, in about 10 ms instead of the 150–500 ms it takes to arrange. Call it right after the reset
    /// (it fails if a table has a row). The arrangement is kept per <paramref name="name"/> and per app clock, since
    /// what it makes can depend on the day (the upcoming demo conference); <paramref name="arrange"/> must change
    /// nothing outside the database, and its result is handed back as it was the first time.
    /// </summary>
    public async Task<T> ArrangeOnceAsync<T>(string name, Func<Task<T>> arrange)
    {
        ArgumentNullException.ThrowIfNull(arrange);
        if (!await _tables!.AllEmptyAsync())
            throw new InvalidOperationException($"'{name}' is arranged on the empty tables of a reset, but a table has rows.");
        var key = string.Create(CultureInfo.InvariantCulture, $"{name} at {App.Clock.Now:O}");
        if (_arranged.TryGetValue(key, out var kept))
        {
            await kept.Snapshot.FillAsync();
            return (T)kept.Result!;
        }
        var result = await arrange();
        var schema = string.Create(CultureInfo.InvariantCulture, $"arranged_{_arranged.Count + 1}");
        _arranged[key] = (await WorldSnapshot.TakeAsync(ConnectionString, schema), result);
        return result;
    }

    /// <summary>
    /// The demo story on empty tables, loaded once per clock (<see cref="ArrangeOnceAsync"/>). With no clock it is the
    /// machine's, like the app's loader at start: the arrangement is kept for the day in Vietnam.
    /// </summary>
    public Task LoadDemoAsync(TimeProvider? clock = null)
    {
        var name = clock is null
            ? $"demo story, machine clock, {OcopConnect.Web.Infrastructure.VietnamCalendar.Today(TimeProvider.System):yyyy-MM-dd}"
            : $"demo story, {clock.GetUtcNow():O}";
        return ArrangeOnceAsync(name, async () =>
        {
            await using var db = CreateDbContext();
            await new DemoDataLoader(db, NullLogger<DemoDataLoader>.Instance, clock).LoadAsync();
            return true;
        });
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
