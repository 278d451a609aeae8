using System.Globalization;
using System.Text;
using Npgsql;

namespace OcopConnect.Tests.Support;

/// <summary>
/// A copy of an arranged world — every table a reset empties, and every sequence's position — kept in a schema
/// of its own and put back in one transaction. A test that needs the same world again after a case changed it
/// gets it back exactly (same rows, same ids, same signed-in sessions) in milliseconds, instead of resetting
/// and arranging it again (demo story, accounts with hashed passwords, uploads, sign-ins).
/// </summary>
public sealed class WorldSnapshot
{
    private readonly string _connectionString;
    private readonly string _empty;
    private readonly string _fill;

    private WorldSnapshot(string connectionString, string empty, string fill)
    {
        _connectionString = connectionString;
        _empty = empty;
        _fill = fill;
    }

    /// <summary>Copies the current content of every public table but the reference data a reset keeps (<see cref="DatabaseFixture.ReferenceTables"/>).</summary>
    /// <param name="connectionString">The database whose <c>public</c> tables are copied.</param>
    /// <param name="schema">Where the copy is kept (one schema per snapshot kept at the same time).</param>
    public static async Task<WorldSnapshot> TakeAsync(string connectionString, string schema = "world_snapshot")
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

        var copy = new StringBuilder($"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};");
        var fill = new StringBuilder();
        foreach (var (table, (names, alwaysIdentity)) in columns)
        {
            var list = string.Join(", ", names);
            copy.Append(CultureInfo.InvariantCulture, $"CREATE TABLE {schema}.\"{table}\" AS SELECT {list} FROM public.\"{table}\";");
            fill.Append(CultureInfo.InvariantCulture,
                $"INSERT INTO public.\"{table}\" ({list}) {(alwaysIdentity ? "OVERRIDING SYSTEM VALUE " : "")}SELECT {list} FROM {schema}.\"{table}\";");
        }
        foreach (var (name, value) in sequences)
        {
            if (value is long at)
                fill.Append(CultureInfo.InvariantCulture, $"SELECT setval('public.\"{name}\"', {at}, true);");
            else
                fill.Append(CultureInfo.InvariantCulture, $"SELECT setval('public.\"{name}\"', (SELECT min_value FROM pg_sequences WHERE schemaname = 'public' AND sequencename = '{name}'), false);");
        }
#pragma warning disable CA2100 // table, column and sequence names come from the catalogue
        await using (var command = new NpgsqlCommand(copy.ToString(), connection))
            await command.ExecuteNonQueryAsync();
#pragma warning restore CA2100
        return new WorldSnapshot(connectionString, TableReset.EmptySql(columns.Keys), fill.ToString());
    }

    /// <summary>Puts the copied world back: tables emptied and refilled, sequences where they were, in one transaction.</summary>
    public Task RestoreAsync() => RunAsync(_empty + _fill);

    /// <summary>
    /// Copies the world into tables a reset has just emptied (nothing to delete), sequences where they were. A row
    /// already there makes it fail on its key, or leaves a sequence behind its table: callers check the tables are
    /// empty first (<see cref="DatabaseFixture.ArrangeOnceAsync"/>).
    /// </summary>
    public Task FillAsync() => RunAsync(TableReset.TriggersOff + _fill);

    private Task RunAsync(string sql) => TableReset.RunInTransactionAsync(_connectionString, sql);
}
