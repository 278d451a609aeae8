using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace OcopConnect.LocalPostgres;

/// <summary>
/// A PostgreSQL cluster started from the installed server binaries, owned by this process:
/// one data folder, locked so that a second process cannot start on it, listening on a
/// loopback port with a generated password. Used by the web app when no connection string
/// is configured and by the test fixture for a throwaway cluster.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable, IDisposable
{
    private const string SuperUser = "postgres";
    private const string ServiceAccount = "postgres";

    private readonly LocalPostgresOptions _options;
    private readonly FileStream _lock;
    private readonly bool _asRoot;
    private int _stopped;

    private LocalPostgresCluster(LocalPostgresOptions options, string root, string binDirectory, FileStream folderLock, bool asRoot)
    {
        _options = options;
        RootDirectory = root;
        BinDirectory = binDirectory;
        _lock = folderLock;
        _asRoot = asRoot;
    }

    /// <summary>The folder given as DataDirectory, made absolute.</summary>
    public string RootDirectory { get; }

    public string BinDirectory { get; }

    public string PgData => Path.Combine(RootDirectory, "pgdata");

    public string LogFile => Path.Combine(RootDirectory, "postgres.log");

    public int Port { get; private set; }

    public string ConnectionString { get; private set; } = "";

    /// <summary>Connection string to another database of the same cluster (tests create scratch databases).</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    public static async Task<LocalPostgresCluster> StartAsync(LocalPostgresOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var binDirectory = FindBinaries(options);
        var asRoot = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        var root = Path.GetFullPath(options.DataDirectory);
        if (asRoot && !await ServiceAccountCanReachAsync(root, cancellationToken).ConfigureAwait(false))
        {
            if (string.IsNullOrWhiteSpace(options.FallbackDataDirectory))
            {
                throw new LocalPostgresException(
                    $"""
                    Tài khoản postgres không truy cập được thư mục {root}.
                    The postgres account cannot reach {root} (a parent folder is closed to other users, e.g. /root).
                    Set LocalPostgres__DataDirectory to a folder it can reach, e.g. /var/lib/ocopconnect or /tmp/ocopconnect.
                    """);
            }
            root = Path.GetFullPath(options.FallbackDataDirectory);
        }
        Directory.CreateDirectory(root);

        var folderLock = AcquireLock(root);
        var cluster = new LocalPostgresCluster(options, root, binDirectory, folderLock, asRoot);
        try
        {
            await cluster.StartCoreAsync(cancellationToken).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    /// <summary>The folder with initdb and pg_ctl: the configured one, or the newest major version under the search root.</summary>
    public static string FindBinaries(LocalPostgresOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.BinDirectory))
        {
            if (HasServerBinaries(options.BinDirectory))
                return Path.GetFullPath(options.BinDirectory);
            throw new PostgresBinariesNotFoundException(MissingBinariesMessage(options.BinDirectory));
        }

        if (Directory.Exists(options.SearchRoot))
        {
            var candidates = Directory.GetDirectories(options.SearchRoot)
                .Select(dir => (dir, version: double.TryParse(Path.GetFileName(dir), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .OrderByDescending(c => c.version)
                .Select(c => Path.Combine(c.dir, "bin"));
            foreach (var bin in candidates)
            {
                if (HasServerBinaries(bin))
                    return bin;
            }
        }

        throw new PostgresBinariesNotFoundException(MissingBinariesMessage(Path.Combine(options.SearchRoot, "<version>", "bin")));
    }

    /// <summary>Whether the postgres account can enter the folder, or the nearest existing ancestor that would hold it.</summary>
    private static async Task<bool> ServiceAccountCanReachAsync(string folder, CancellationToken ct)
    {
        var probe = folder;
        while (!Directory.Exists(probe))
            probe = Path.GetDirectoryName(probe) ?? "/";
        var result = await RunAsync("runuser", ["-u", ServiceAccount, "--", "test", "-x", probe], ct, throwOnError: false).ConfigureAwait(false);
        return result.ExitCode == 0;
    }

    private static bool HasServerBinaries(string bin) =>
        File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")) && File.Exists(Path.Combine(bin, "postgres"));

    private static string MissingBinariesMessage(string lookedIn) =>
        $"""
        Không tìm thấy PostgreSQL (initdb, pg_ctl, postgres) trong {lookedIn}.
        PostgreSQL server binaries were not found in {lookedIn}.
        Fix it in one of these ways:
          - install PostgreSQL: sudo apt-get install -y postgresql   (Debian/Ubuntu; the app finds /usr/lib/postgresql/<version>/bin)
          - or point LocalPostgres__BinDirectory at the folder that holds initdb and pg_ctl
          - or use an existing server: set ConnectionStrings__Default="Host=...;Database=ocopconnect;Username=...;Password=..."
        """;

    private static FileStream AcquireLock(string root)
    {
        var path = Path.Combine(root, "ocopconnect.lock");
        try
        {
            // On Linux FileShare.None takes an exclusive flock: a second process (or a second
            // cluster object in this one) fails here, and the kernel drops the lock if we crash.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            stream.Write(pid);
            stream.Flush();
            return stream;
        }
        catch (IOException ex)
        {
            throw new DataDirectoryInUseException(
                $"""
                Thư mục dữ liệu {root} đang được một tiến trình OcopConnect khác sử dụng.
                The database folder {root} is in use by another OcopConnect process.
                Stop that process, or give this one its own folder with LocalPostgres__DataDirectory=/path/to/folder.
                """, ex);
        }
    }

    private async Task StartCoreAsync(CancellationToken ct)
    {
        if (_asRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres account, which
            // must be able to reach and write the folder.
            await RunAsync("chown", ["-R", $"{ServiceAccount}:{ServiceAccount}", RootDirectory], ct).ConfigureAwait(false);
        }

        var passwordFile = Path.Combine(RootDirectory, "password");
        if (!File.Exists(Path.Combine(PgData, "PG_VERSION")))
            await InitDbAsync(passwordFile, ct).ConfigureAwait(false);

        var password = (await File.ReadAllTextAsync(passwordFile, ct).ConfigureAwait(false)).Trim();

        await StopOrphanAsync(ct).ConfigureAwait(false);

        Port = _options.Port > 0 ? _options.Port : FreePort();
        await StartServerCoreAsync(ct).ConfigureAwait(false);

        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = SuperUser,
            Password = password,
            Database = _options.Database,
        }.ConnectionString;

        await EnsureDatabaseAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Stops the server but keeps the cluster (data, folder lock, port): a database outage, for
    /// tests of how the portal behaves while PostgreSQL is down. <see cref="StartServerAsync"/> ends it.
    /// </summary>
    public async Task StopServerAsync(bool immediate = true, CancellationToken cancellationToken = default) =>
        await RunPgAsync("pg_ctl", ["-D", PgData, "-w", "-t", TimeoutSeconds, "-m", immediate ? "immediate" : "fast", "stop"], cancellationToken).ConfigureAwait(false);

    /// <summary>Starts the server again after <see cref="StopServerAsync"/>, on the same port with the same password.</summary>
    public Task StartServerAsync(CancellationToken cancellationToken = default) => StartServerCoreAsync(cancellationToken);

    private async Task StartServerCoreAsync(CancellationToken ct)
    {
        var serverOptions = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";
        if (_options.Ephemeral)
            serverOptions += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";

        // -l is required: without a log file the server keeps pg_ctl's stdout open and we would wait forever.
        try
        {
            await RunPgAsync("pg_ctl", ["-D", PgData, "-l", LogFile, "-w", "-t", TimeoutSeconds, "-o", serverOptions, "start"], ct).ConfigureAwait(false);
        }
        catch (LocalPostgresException ex)
        {
            throw new LocalPostgresException($"{ex.Message}{Environment.NewLine}Server log {LogFile}:{Environment.NewLine}{LogTail()}", ex);
        }
    }

    private string LogTail()
    {
        try
        {
            var lines = File.ReadAllLines(LogFile);
            return string.Join(Environment.NewLine, lines.Skip(Math.Max(0, lines.Length - 20)));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    private string TimeoutSeconds => ((int)_options.Timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private async Task InitDbAsync(string passwordFile, CancellationToken ct)
    {
        if (Directory.Exists(PgData))
            Directory.Delete(PgData, recursive: true); // a half-made cluster from an interrupted first start

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(passwordFile, password, ct).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (_asRoot)
            await RunAsync("chown", [$"{ServiceAccount}:{ServiceAccount}", passwordFile], ct).ConfigureAwait(false);

        await RunPgAsync("initdb",
            ["-D", PgData, "-U", SuperUser, "--pwfile", passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
            ct).ConfigureAwait(false);
    }

    /// <summary>A server left running by a process that died without stopping it: we hold the lock, so nobody owns it.</summary>
    private async Task StopOrphanAsync(CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(PgData, "postmaster.pid")))
            return;
        var status = await RunPgAsync("pg_ctl", ["-D", PgData, "status"], ct, throwOnError: false).ConfigureAwait(false);
        if (status.ExitCode == 0)
            await RunPgAsync("pg_ctl", ["-D", PgData, "-w", "-t", TimeoutSeconds, "-m", "fast", "stop"], ct).ConfigureAwait(false);
    }

    private async Task EnsureDatabaseAsync(CancellationToken ct)
    {
        var admin = ConnectionStringFor("postgres");
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", _options.Database);
        if (await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) is null)
        {
            var quoted = "\"" + _options.Database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
#pragma warning disable CA2100 // the name is quoted as an identifier; CREATE DATABASE takes no parameters
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted} ENCODING 'UTF8' TEMPLATE template0", connection);
#pragma warning restore CA2100
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
            return;
        try
        {
            if (File.Exists(Path.Combine(PgData, "postmaster.pid")))
            {
                var mode = _options.Ephemeral ? "immediate" : "fast";
                await RunPgAsync("pg_ctl", ["-D", PgData, "-w", "-t", TimeoutSeconds, "-m", mode, "stop"], CancellationToken.None, throwOnError: false).ConfigureAwait(false);
            }
        }
        finally
        {
            await _lock.DisposeAsync().ConfigureAwait(false);
            if (_options.Ephemeral)
                TryDelete(RootDirectory);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A throwaway folder under /tmp; leaving it behind must not fail a test run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    public void Dispose() => StopAsync().GetAwaiter().GetResult();

    private Task<ProcessResult> RunPgAsync(string tool, IReadOnlyList<string> args, CancellationToken ct, bool throwOnError = true)
    {
        var exe = Path.Combine(BinDirectory, tool);
        if (!_asRoot)
            return RunAsync(exe, args, ct, throwOnError);
        return RunAsync("runuser", ["-u", ServiceAccount, "--", exe, .. args], ct, throwOnError);
    }

    private static async Task<ProcessResult> RunAsync(string fileName, IReadOnlyList<string> args, CancellationToken ct, bool throwOnError = true)
    {
        var info = new System.Diagnostics.ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        // Messages from initdb/pg_ctl in English whatever the user's locale.
        info.Environment["LC_MESSAGES"] = "C";

        using var process = System.Diagnostics.Process.Start(info)
            ?? throw new LocalPostgresException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        var result = new ProcessResult(process.ExitCode, await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false));
        if (throwOnError && result.ExitCode != 0)
        {
            throw new LocalPostgresException(
                $"{Path.GetFileName(fileName)} {string.Join(' ', args)} failed with exit code {result.ExitCode}:{Environment.NewLine}{result.Output}");
        }
        return result;
    }

    private sealed record ProcessResult(int ExitCode, string Output);
}
