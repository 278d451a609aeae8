using System.Globalization;
using System.Text;
using Npgsql;

namespace OcopConnect.Tests.Support;

/// <summary>
/// A copy of an arranged world — every table Respawn empties, and every sequence's position — kept in a schema
/// of its own and put back in one transaction. A test that needs the same world again after a case changed it
/// gets it back exactly (same rows, same ids, same signed-in sessions) in milliseconds, instead of resetting
/// and arranging it again (demo story, accounts with hashed passwords, uploads, sign-ins).
/// </summary>
public sealed class WorldSnapshot
{
    private const string Schema = "world_snapshot";

    private readonly string _connectionString;
    private readonly string _restore;

    private WorldSnapshot(string connectionString, string restore)
    {
        _connectionString = connectionString;
        _restore = restore;
    }

    /// <summary>Copies the current content of every public table but the reference data Respawn keeps (<see cref="DatabaseFixture.ReferenceTables"/>).</summary>
    public static async Task<WorldSnapshot> TakeAsync(string connectionString)
    {
        var kept = DatabaseFixture.ReferenceTables;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new Dictionary<string, (List<string> Names, bool AlwaysIdentity)>(StringComparer.Ordinal);
        await using (var list = new NpgsqlCommand(
            "SELECT c.table_name, c.column_name, c.identity_generation = 'ALWAYS' FROM information_schema.columns c " +
            "JOIN information_schema.tables t USING (table_schema, table_name) " +
            "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER' ORDER BY c.table_name, c.ordinal_position", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var table = reader.GetString(0);
                if (kept.Contains(table))
                    continue;
                var entry = columns.TryGetValue(table, out var found) ? found : ([], false);
                entry.Names.Add($"\"{reader.GetString(1)}\"");
                columns[table] = (entry.Names, entry.AlwaysIdentity || (!reader.IsDBNull(2) && reader.GetBoolean(2)));
            }
        }
        var sequences = new List<(string Name, long? Value)>();
        await using (var list = new NpgsqlCommand("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                sequences.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt64(1)));
        }

        var copy = new StringBuilder($"DROP SCHEMA IF EXISTS {Schema} CASCADE; CREATE SCHEMA {Schema};");
        var restore = new StringBuilder("SET LOCAL session_replication_role = replica; TRUNCATE ");
        restore.AppendJoin(", ", columns.Keys.Select(t => $"public.\"{t}\"")).Append(';');
        foreach (var (table, (names, alwaysIdentity)) in columns)
        {
            var list = string.Join(", ", names);
            copy.Append(CultureInfo.InvariantCulture, $"CREATE TABLE {Schema}.\"{table}\" AS SELECT {list} FROM public.\"{table}\";");
            restore.Append(CultureInfo.InvariantCulture,
                $"INSERT INTO public.\"{table}\" ({list}) {(alwaysIdentity ? "OVERRIDING SYSTEM VALUE " : "")}SELECT {list} FROM {Schema}.\"{table}\";");
        }
        foreach (var (name, value) in sequences)
        {
            if (value is long at)
                restore.Append(CultureInfo.InvariantCulture, $"SELECT setval('public.\"{name}\"', {at}, true);");
            else
                restore.Append(CultureInfo.InvariantCulture, $"SELECT setval('public.\"{name}\"', (SELECT min_value FROM pg_sequences WHERE schemaname = 'public' AND sequencename = '{name}'), false);");
        }
#pragma warning disable CA2100 // table, column and sequence names come from the catalogue
        await using (var command = new NpgsqlCommand(copy.ToString(), connection))
            await command.ExecuteNonQueryAsync();
#pragma warning restore CA2100
        return new WorldSnapshot(connectionString, restore.ToString());
    }

    /// <summary>Puts the copied world back: tables emptied and refilled, sequences where they were, in one transaction.</summary>
    public async Task RestoreAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
#pragma warning disable CA2100 // built in TakeAsync from the catalogue
        await using (var command = new NpgsqlCommand(_restore, connection, transaction))
            await command.ExecuteNonQueryAsync();
#pragma warning restore CA2100
        await transaction.CommitAsync();
    }
}
