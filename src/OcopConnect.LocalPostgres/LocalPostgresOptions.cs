namespace OcopConnect.LocalPostgres;

/// <summary>Settings of the embedded PostgreSQL cluster (configuration section "LocalPostgres").</summary>
public sealed class LocalPostgresOptions
{
    public const string SectionName = "LocalPostgres";

    /// <summary>Folder that holds the cluster, its log and its lock. Relative paths are taken from the working directory.</summary>
    public string DataDirectory { get; set; } = ".localdb";

    /// <summary>
    /// Used instead of <see cref="DataDirectory"/> when running as root and the postgres account cannot
    /// reach that folder (a clone under /root, say). Null: fail with a clear message instead.
    /// </summary>
    public string? FallbackDataDirectory { get; set; }

    /// <summary>Folder holding initdb, pg_ctl and postgres; when empty the newest version under <see cref="SearchRoot"/> is used.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>Where Debian and Ubuntu install the server binaries, one folder per major version.</summary>
    public string SearchRoot { get; set; } = "/usr/lib/postgresql";

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one at every start.</summary>
    public int Port { get; set; }

    public string Database { get; set; } = "ocopconnect";

    /// <summary>A throwaway cluster (tests): durability is switched off, and the folder is deleted on stop.</summary>
    public bool Ephemeral { get; set; }

    /// <summary>How long pg_ctl may take to start or stop the server.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
