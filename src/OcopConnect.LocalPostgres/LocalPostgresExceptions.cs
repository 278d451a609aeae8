namespace OcopConnect.LocalPostgres;

/// <summary>No PostgreSQL server binaries were found; the message tells the user how to fix it.</summary>
public sealed class PostgresBinariesNotFoundException : Exception
{
    public PostgresBinariesNotFoundException(string message) : base(message) { }
    public PostgresBinariesNotFoundException() { }
    public PostgresBinariesNotFoundException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>Another process holds the lock on the data folder.</summary>
public sealed class DataDirectoryInUseException : Exception
{
    public DataDirectoryInUseException(string message) : base(message) { }
    public DataDirectoryInUseException() { }
    public DataDirectoryInUseException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>initdb, pg_ctl or the server itself failed; the message carries their output.</summary>
public sealed class LocalPostgresException : Exception
{
    public LocalPostgresException(string message) : base(message) { }
    public LocalPostgresException() { }
    public LocalPostgresException(string message, Exception inner) : base(message, inner) { }
}
