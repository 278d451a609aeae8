using Npgsql;

namespace OcopConnect.Tests.Support;

/// <summary>
/// A digest of every row of every table (with xmin, so an UPDATE that rewrites a row with the same
/// values still shows). Two equal fingerprints mean nothing was inserted, updated or deleted.
/// </summary>
public static class DatabaseFingerprint
{
    /// <summary>
    /// One past the newest finished transaction id of the cluster. PostgreSQL gives a transaction an id only when
    /// it writes (a row, a sequence, a catalogue entry), so the same value before and after means nothing was written
    /// in between, in any table: a cheap first check before the digests, which are needed only when it moved.
    /// </summary>
    public static async Task<ulong> WritesMarkAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_snapshot_xmax(pg_current_snapshot())::text", connection);
        return ulong.Parse((string)(await command.ExecuteScalarAsync())!, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await DigestTablesAsync(connection, "t::text || '@' || t.xmin::text");
    }

    /// <summary>
    /// The content only: every row's values (no xmin, which a restore rewrites) and every sequence's
    /// position, so a database restored from a dump can be compared with the one that was dumped.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> TakeContentAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var result = await DigestTablesAsync(connection, "t::text");
        await using (var sequences = new NpgsqlCommand(
            "SELECT sequencename, coalesce(last_value::text, 'unused') FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename", connection))
        await using (var reader = await sequences.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                result["sequence " + reader.GetString(0)] = reader.GetString(1);
        }
        return result;
    }

    /// <summary>Every public table's row count and a digest of <paramref name="row"/> over its rows (alias t), in name order.</summary>
    private static async Task<Dictionary<string, string>> DigestTablesAsync(NpgsqlConnection connection, string row)
    {
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }

        var result = new Dictionary<string, string>();
        foreach (var table in tables)
        {
#pragma warning disable CA2100 // table names come from the catalogue, the row expression is one of this class's two
            await using var digest = new NpgsqlCommand(
                $"SELECT count(*)::text || ':' || coalesce(md5(string_agg({row}, '|' ORDER BY t::text)), '') FROM \"{table}\" t",
                connection);
#pragma warning restore CA2100
            result[table] = (string)(await digest.ExecuteScalarAsync())!;
        }
        return result;
    }
}
