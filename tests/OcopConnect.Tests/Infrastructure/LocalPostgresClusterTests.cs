using Npgsql;
using OcopConnect.LocalPostgres;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>The launcher itself, on clusters of its own (not the shared test cluster).</summary>
public sealed class LocalPostgresClusterTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempDirectory("ocop-launcher");

    public void Dispose() => TestPaths.DeleteQuietly(_folder);

    private LocalPostgresOptions Options() => new() { DataDirectory = _folder, Database = "launcher_test" };

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // fixed test SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task A_restart_keeps_the_data()
    {
        await using (var first = await LocalPostgresCluster.StartAsync(Options()))
        {
            await ScalarAsync(first.ConnectionString, "CREATE TABLE kept (name text); INSERT INTO kept VALUES ('Nước mắm Phú Quốc')");
        }
        Assert.False(File.Exists(Path.Combine(_folder, "pgdata", "postmaster.pid")), "the server was stopped cleanly");

        await using var second = await LocalPostgresCluster.StartAsync(Options());

        Assert.Equal("Nước mắm Phú Quốc", await ScalarAsync(second.ConnectionString, "SELECT name FROM kept"));
    }

    [Fact]
    public async Task A_second_launcher_on_the_same_folder_gets_a_clear_error_and_the_first_keeps_running()
    {
        await using var first = await LocalPostgresCluster.StartAsync(Options());

        var error = await Assert.ThrowsAsync<DataDirectoryInUseException>(() => LocalPostgresCluster.StartAsync(Options()));

        Assert.Contains(_folder, error.Message, StringComparison.Ordinal);
        Assert.Contains("LocalPostgres__DataDirectory", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await ScalarAsync(first.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public async Task The_cluster_listens_on_loopback_only_and_wants_a_password()
    {
        await using var cluster = await LocalPostgresCluster.StartAsync(Options());
        var withoutPassword = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Password = null }.ConnectionString;

        Assert.Equal("127.0.0.1", await ScalarAsync(cluster.ConnectionString, "SHOW listen_addresses"));
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ScalarAsync(withoutPassword, "SELECT 1"));
        Assert.IsNotType<DataDirectoryInUseException>(refused);
    }

    [Fact]
    public async Task A_folder_the_postgres_account_cannot_reach_uses_the_fallback_or_says_why()
    {
        // A folder closed to other users, like a clone under /root.
        var closed = Directory.CreateDirectory(Path.Combine(_folder, "closed")).FullName;
        File.SetUnixFileMode(closed, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var options = Options();
        options.DataDirectory = Path.Combine(closed, "data");
        var asRoot = Environment.UserName == "root";

        if (asRoot)
        {
            var error = await Assert.ThrowsAsync<LocalPostgresException>(() => LocalPostgresCluster.StartAsync(options));
            Assert.Contains("LocalPostgres__DataDirectory", error.Message, StringComparison.Ordinal);
        }

        options.FallbackDataDirectory = Path.Combine(_folder, "fallback");
        await using var cluster = await LocalPostgresCluster.StartAsync(options);

        Assert.Equal(asRoot ? options.FallbackDataDirectory : options.DataDirectory, cluster.RootDirectory);
        Assert.Equal(1, await ScalarAsync(cluster.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public async Task Missing_binaries_give_a_message_that_says_how_to_fix_it()
    {
        var options = Options();
        options.BinDirectory = "/nonexistent/postgresql/bin";

        var error = await Assert.ThrowsAsync<PostgresBinariesNotFoundException>(() => LocalPostgresCluster.StartAsync(options));

        Assert.Contains("/nonexistent/postgresql/bin", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y postgresql", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Default", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_search_root_is_reported_the_same_way()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "no-postgres")).FullName;

        var error = Assert.Throws<PostgresBinariesNotFoundException>(() => LocalPostgresCluster.FindBinaries(new LocalPostgresOptions { SearchRoot = empty }));

        Assert.Contains(empty, error.Message, StringComparison.Ordinal);
    }
}
