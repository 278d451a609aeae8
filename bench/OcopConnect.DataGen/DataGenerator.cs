using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using OcopConnect.Web.Data;

namespace OcopConnect.DataGen;

/// <summary>What a run did: rows per table, the fingerprint of every value written, and where the time went.</summary>
public sealed record GenerationReport(
    IReadOnlyDictionary<string, long> Rows, string Fingerprint, int DelegationsAsked, int DelegationsMade,
    TimeSpan Total, TimeSpan Copy, TimeSpan ProductsCopy, TimeSpan IndexesAndKeys, TimeSpan Analyze);

/// <summary>
/// Fills an OcopConnect database with generated data through binary COPY, in one transaction
/// (secondary indexes and foreign keys of the loaded tables are dropped first and restored after).
/// The schema comes from the app's migrations (run first); provinces and product groups are the
/// rows those migrations seed. Generated columns (the folded search text) are computed by
/// PostgreSQL exactly as for rows the app saves; slugs are made with the app's <c>Slug.From</c>
/// and its "-2", "-3" rule. Nothing goes through EF's SaveChanges, so no audit rows are written
/// and no output cache is told: start the portal after generating.
/// </summary>
public static class DataGenerator
{
    /// <summary>The tables this generator fills, in load order (parents first).</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "partner_organisations", "enterprises", "products", "ocop_certificates", "conferences", "agenda_items",
        "conference_provinces", "delegations", "delegation_members", "delegation_enterprises", "exhibited_products",
        "trade_mous", "mou_products", "reported_ocop_statistics",
    ];

    /// <summary>Also emptied by --reset: rows that refer to the generated ones.</summary>
    private static readonly string[] DependentTables =
    [
        "product_photos", "booths", "conference_status_changes", "buyer_demands", "b2b_meetings", "meeting_slots",
        "slot_unavailabilities", "mou_follow_ups",
    ];

    public static async Task<GenerationReport> GenerateAsync(string connectionString, GeneratorOptions options, TextWriter? log = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        log ??= TextWriter.Null;
        var total = Stopwatch.StartNew();
        await MigrateAsync(connectionString, ct).ConfigureAwait(false);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await EnsureEmptyAsync(connection, options.Reset, log, ct).ConfigureAwait(false);

        var rows = new Dictionary<string, long>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var world = new World(options);
        TimeSpan copy, productsCopy = TimeSpan.Zero, indexes;

        await using (var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false))
        {
            await ExecuteAsync(connection, "SET LOCAL maintenance_work_mem = '512MB'", ct).ConfigureAwait(false);
            // Loading into indexed tables costs far more than building the indexes once afterwards
            // (PostgreSQL's "Populating a Database"). The definitions are read back from the catalogue
            // and replayed verbatim; it is one transaction, so a failure leaves the schema as it was.
            // Foreign keys likewise: one check per row through a trigger costs more than validating
            // each constraint once, by a join, when it is added back.
            var secondary = await SecondaryIndexesAsync(connection, ct).ConfigureAwait(false);
            var foreignKeys = await ForeignKeysAsync(connection, ct).ConfigureAwait(false);
            foreach (var (table, name, _) in foreignKeys)
                await ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT {name}", ct).ConfigureAwait(false);
            foreach (var (name, _) in secondary)
                await ExecuteAsync(connection, $"DROP INDEX {name}", ct).ConfigureAwait(false);

            var copyWatch = Stopwatch.StartNew();
            async Task LoadAsync(string table, IReadOnlyList<string> columns, Func<TableWriter, Task> write)
            {
                var watch = Stopwatch.StartNew();
                await using var writer = await TableWriter.BeginAsync(connection, table, columns, hash, ct).ConfigureAwait(false);
                await write(writer).ConfigureAwait(false);
                rows[table] = (long)await writer.CompleteAsync().ConfigureAwait(false);
                if (table == "products")
                    productsCopy = watch.Elapsed;
                log.WriteLine($"  {table,-26} {rows[table],10:N0} rows  {watch.Elapsed.TotalSeconds,6:F1} s");
            }

            await LoadAsync("partner_organisations", World.PartnerColumns, world.WritePartnersAsync).ConfigureAwait(false);
            await LoadAsync("enterprises", World.EnterpriseColumns, world.WriteEnterprisesAsync).ConfigureAwait(false);
            await LoadAsync("products", World.ProductColumns, world.WriteProductsAsync).ConfigureAwait(false);
            await LoadAsync("ocop_certificates", World.CertificateColumns, world.WriteCertificatesAsync).ConfigureAwait(false);
            await LoadAsync("conferences", World.ConferenceColumns, world.WriteConferencesAsync).ConfigureAwait(false);
            await LoadAsync("agenda_items", World.AgendaColumns, world.WriteAgendaAsync).ConfigureAwait(false);
            world.PlanDelegations();
            await LoadAsync("conference_provinces", World.ConferenceProvinceColumns, world.WriteConferenceProvincesAsync).ConfigureAwait(false);
            await LoadAsync("delegations", World.DelegationColumns, world.WriteDelegationsAsync).ConfigureAwait(false);
            await LoadAsync("delegation_members", World.MemberColumns, world.WriteMembersAsync).ConfigureAwait(false);
            await LoadAsync("delegation_enterprises", World.DelegationEnterpriseColumns, world.WriteDelegationEnterprisesAsync).ConfigureAwait(false);
            await LoadAsync("exhibited_products", World.ExhibitedColumns, world.WriteExhibitedProductsAsync).ConfigureAwait(false);
            await LoadAsync("trade_mous", World.MouColumns, world.WriteMousAsync).ConfigureAwait(false);
            await LoadAsync("mou_products", World.MouProductColumns, world.WriteMouProductsAsync).ConfigureAwait(false);
            await LoadAsync("reported_ocop_statistics", World.StatisticsColumns, world.WriteStatisticsAsync).ConfigureAwait(false);
            copy = copyWatch.Elapsed;

            var indexWatch = Stopwatch.StartNew();
            foreach (var (_, definition) in secondary)
                await ExecuteAsync(connection, definition, ct).ConfigureAwait(false);
            log.WriteLine($"  {secondary.Count} indexes rebuilt in {indexWatch.Elapsed.TotalSeconds:F1} s");
            var keyWatch = Stopwatch.StartNew();
            foreach (var (table, name, definition) in foreignKeys)
                await ExecuteAsync(connection, $"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}", ct).ConfigureAwait(false);
            log.WriteLine($"  {foreignKeys.Count} foreign keys checked in {keyWatch.Elapsed.TotalSeconds:F1} s");
            indexes = indexWatch.Elapsed;

            // Rows were given explicit ids: move each identity past them, as if the app had inserted them.
            foreach (var table in await IdentityTablesAsync(connection, ct).ConfigureAwait(false))
                await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce((SELECT max(id) FROM {table}), 0) + 1, false)", ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }

        // Planner statistics and the visibility map, as autovacuum would leave them in a while.
        var analyzeWatch = Stopwatch.StartNew();
        await ExecuteAsync(connection, $"VACUUM (ANALYZE) {string.Join(", ", Tables)}", ct).ConfigureAwait(false);
        var analyze = analyzeWatch.Elapsed;

        var fingerprint = Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
        return new GenerationReport(rows, fingerprint, options.Delegations, world.DelegationsMade, total.Elapsed, copy, productsCopy, indexes, analyze);
    }

    private static async Task MigrateAsync(string connectionString, CancellationToken ct)
    {
        var options = new DbContextOptionsBuilder<OcopDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options;
        await using var db = new OcopDbContext(options);
        // As the app's start-up does: the history table first, so an empty database logs no error.
        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync(ct).ConfigureAwait(false);
        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
    }

    private static async Task EnsureEmptyAsync(NpgsqlConnection connection, bool reset, TextWriter log, CancellationToken ct)
    {
        if (reset)
        {
            // CASCADE also empties rows elsewhere that point at these (accounts bound to an enterprise).
            await ExecuteAsync(connection, $"TRUNCATE {string.Join(", ", Tables.Concat(DependentTables))} RESTART IDENTITY CASCADE", ct).ConfigureAwait(false);
            log.WriteLine("  emptied the catalogue, conference and MoU tables (--reset)");
            return;
        }
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table})", connection);
            if ((bool)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!)
                throw new InvalidOperationException($"Table {table} already has rows. Generate into an empty database, or pass --reset to empty the generated tables first.");
        }
    }

    /// <summary>Indexes of the loaded tables that no constraint owns (primary keys stay; they are needed for foreign-key checks).</summary>
    private static async Task<List<(string Name, string Definition)>> SecondaryIndexesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND t.relname = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY t.relname, 1
            """, connection);
        command.Parameters.AddWithValue("tables", Tables.ToArray());
        var result = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            result.Add((reader.GetString(0), reader.GetString(1)));
        return result;
    }

    /// <summary>Foreign keys declared on the loaded tables (those pointing at them from elsewhere stay).</summary>
    private static async Task<List<(string Table, string Name, string Definition)>> ForeignKeysAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid)
            FROM pg_constraint c
            JOIN pg_class t ON t.oid = c.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE c.contype = 'f' AND n.nspname = 'public' AND t.relname = ANY(@tables)
            ORDER BY 1, 2
            """, connection);
        command.Parameters.AddWithValue("tables", Tables.ToArray());
        var result = new List<(string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            result.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return result;
    }

    private static async Task<List<string>> IdentityTablesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT table_name::text FROM information_schema.columns
            WHERE table_schema = 'public' AND column_name = 'id' AND is_identity = 'YES' AND table_name = ANY(@tables)
            ORDER BY 1
            """, connection);
        command.Parameters.AddWithValue("tables", Tables.ToArray());
        var result = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            result.Add(reader.GetString(0));
        return result;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
#pragma warning disable CA2100 // table and index names come from this class and from the catalogue, never from input
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
