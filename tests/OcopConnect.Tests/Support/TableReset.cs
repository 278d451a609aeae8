using System.Text;
using Npgsql;

namespace OcopConnect.Tests.Support;

/// <summary>
/// Empties every public table but the reference data (<see cref="DatabaseFixture.ReferenceTables"/>) in one
/// transaction: a DELETE per table with foreign-key triggers off, since every table goes at once. On the few rows a
/// test leaves, this takes a couple of milliseconds where a TRUNCATE of the same tables (what Respawn sends on
/// PostgreSQL) takes 35 ms when they are empty and about 200 ms after the demo story: TRUNCATE gives every table and
/// index a new file. Identity values go on counting in both cases (decision 0024).
/// </summary>
public sealed class TableReset
{
    private readonly string _connectionString;
    private readonly string _sql;
    private readonly string _anyRow;

    private TableReset(string connectionString, List<string> tables)
    {
        _connectionString = connectionString;
        _sql = EmptySql(tables);
        _anyRow = "SELECT " + string.Join(" OR ", tables.Select(t => $"EXISTS (SELECT FROM public.\"{t}\")"));
    }

    /// <summary>Reads the table list once, after the migrations.</summary>
    public static async Task<TableReset> CreateAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return new TableReset(connectionString, await TablesAsync(connection));
    }

    /// <summary>
    /// Foreign-key (and other ordinary) triggers off for the rest of the transaction: every table is emptied or
    /// filled at once, so no order between them is needed.
    /// </summary>
    public const string TriggersOff = "SET LOCAL session_replication_role = replica;";

    /// <summary>Every base table in <c>public</c> that a reset empties, by name.</summary>
    private static async Task<List<string>> TablesAsync(NpgsqlConnection connection)
    {
        var tables = new List<string>();
        await using var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1", connection);
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!DatabaseFixture.ReferenceTables.Contains(table))
                tables.Add(table);
        }
        return tables;
    }

    /// <summary>The statements that empty <paramref name="tables"/>; they must run inside a transaction (SET LOCAL).</summary>
    public static string EmptySql(IEnumerable<string> tables)
    {
        var sql = new StringBuilder(TriggersOff);
        foreach (var table in tables)
            sql.Append("DELETE FROM public.\"").Append(table).Append("\";");
        return sql.ToString();
    }

    /// <summary>Whether every table a reset empties is empty (as it is right after one).</summary>
    public async Task<bool> AllEmptyAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // table names come from the catalogue
        await using var command = new NpgsqlCommand(_anyRow, connection);
#pragma warning restore CA2100
        return !(bool)(await command.ExecuteScalarAsync())!;
    }

    public Task RunAsync() => RunInTransactionAsync(_connectionString, _sql);

    /// <summary>Runs statements built from the catalogue (a reset, a snapshot's restore) in one transaction.</summary>
    internal static async Task RunInTransactionAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
#pragma warning disable CA2100 // table names come from the catalogue
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
            await command.ExecuteNonQueryAsync();
#pragma warning restore CA2100
        await transaction.CommitAsync();
    }
}
