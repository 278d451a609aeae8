using AngleSharp.Dom;
using Npgsql;
using OcopConnect.DataGen;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure.Search;

namespace OcopConnect.Tests.Bench;

/// <summary>The benchmark data generator (bench/OcopConnect.DataGen) at a small scale, on the test cluster.</summary>
public sealed class DataGeneratorTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    /// <summary>The app's test clock says 28 November 2026: certificates are generated valid around that day.</summary>
    private static readonly GeneratorOptions Small = new()
    {
        Seed = 42, Products = 2_000, Enterprises = 200, Partners = 30, Conferences = 12, Delegations = 300, Mous = 400,
        AsOf = new DateOnly(2026, 11, 28),
    };

    [Fact]
    public async Task Generates_the_rows_asked_for_with_a_realistic_star_mix()
    {
        var report = await DataGenerator.GenerateAsync(Fixture.ConnectionString, Small);

        Assert.Equal(2_000, await CountAsync("products"));
        Assert.Equal(200, await CountAsync("enterprises"));
        Assert.Equal(30, await CountAsync("partner_organisations"));
        Assert.Equal(12, await CountAsync("conferences"));
        Assert.Equal(400, await CountAsync("trade_mous"));
        Assert.Equal(300, report.DelegationsMade);
        Assert.Equal(300, await CountAsync("delegations"));
        foreach (var (table, rows) in report.Rows)
            Assert.Equal(rows, await CountAsync(table));
        Assert.True(await CountAsync("ocop_certificates") > 1_500);

        // Today's ratings: mostly 3 stars, fewer 4, rare 5.
        var ratedToday = """
            SELECT DISTINCT ON (product_id) stars FROM ocop_certificates
            WHERE decision_date <= DATE '2026-11-28' AND expires_on > DATE '2026-11-28'
            ORDER BY product_id, decision_date DESC, id DESC
            """;
        var three = await ScalarAsync($"SELECT count(*) FROM ({ratedToday}) r WHERE stars = 3");
        var four = await ScalarAsync($"SELECT count(*) FROM ({ratedToday}) r WHERE stars = 4");
        var five = await ScalarAsync($"SELECT count(*) FROM ({ratedToday}) r WHERE stars = 5");
        Assert.True(three > 2 * four && four > 5 * five && five > 0, $"3★ {three}, 4★ {four}, 5★ {five}");
        // Every identity continues after the generated ids, as if the app had inserted the rows.
        Assert.Equal(2_001, await ScalarAsync("SELECT nextval(pg_get_serial_sequence('products', 'id'))"));
    }

    [Fact]
    public async Task Derived_columns_and_slugs_are_what_the_app_would_make()
    {
        await DataGenerator.GenerateAsync(Fixture.ConnectionString, Small);

        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT name_vi, name_folded, text_folded, slug FROM products", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            var name = reader.GetString(0);
            // The folded column (computed by PostgreSQL) equals the folding of a typed query (CatalogueSearch.Fold).
            Assert.Equal(CatalogueSearch.Fold(name), reader.GetString(1));
            Assert.StartsWith(reader.GetString(1), reader.GetString(2), StringComparison.Ordinal);
            // Slug.From(name), or "-2", "-3"… after it for a name already taken (UniqueSlugs' rule).
            var slug = reader.GetString(3);
            var stem = Slug.From(name);
            Assert.True(slug == stem || (slug.StartsWith(stem + "-", StringComparison.Ordinal) && int.TryParse(slug[(stem.Length + 1)..], out var n) && n >= 2), $"{name} → {slug}");
            rows++;
        }
        Assert.Equal(2_000, rows);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        var first = await DataGenerator.GenerateAsync(Fixture.ConnectionString, Small);
        var firstContent = await ContentAsync();

        var again = await DataGenerator.GenerateAsync(Fixture.ConnectionString, Small with { Reset = true });
        var againContent = await ContentAsync();
        var other = await DataGenerator.GenerateAsync(Fixture.ConnectionString, Small with { Reset = true, Seed = 43 });

        Assert.Equal(first.Fingerprint, again.Fingerprint);
        Assert.Equal(firstContent, againContent);
        Assert.NotEqual(first.Fingerprint, other.Fingerprint);
        Assert.NotEqual(firstContent, await ContentAsync());
    }

    [Fact]
    public async Task A_database_with_rows_is_refused_without_reset()
    {
        await DataGenerator.GenerateAsync(Fixture.ConnectionString, Small);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => DataGenerator.GenerateAsync(Fixture.ConnectionString, Small));
        Assert.Contains("--reset", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalogue_search_finds_generated_products()
    {
        await DataGenerator.GenerateAsync(Fixture.ConnectionString, Small);
        var client = Fixture.App.CreateClient();

        var page = await client.GetDocumentAsync("/products?q=nuoc+mam");
        var names = page.QuerySelectorAll("#results .card h2").Select(h => h.TextContent.Trim()).ToList();

        Assert.NotEmpty(names);
        // Names that contain the words come first.
        Assert.StartsWith("nuoc mam", CatalogueSearch.Fold(names[0]), StringComparison.Ordinal);
        var first = page.QuerySelector("#results .card h2 a")!.GetAttribute("href")!;
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(first)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/provinces/86")).StatusCode);
    }

    private async Task<long> CountAsync(string table) => await ScalarAsync($"SELECT count(*) FROM {table}");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // test SQL with table names from DataGenerator.Tables
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A digest of every generated row's values (not xmin, which differs between loads).</summary>
    private async Task<string> ContentAsync()
    {
        var parts = new List<string>();
        foreach (var table in DataGenerator.Tables)
        {
            await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
            await connection.OpenAsync();
#pragma warning disable CA2100 // table names from DataGenerator.Tables
            await using var command = new NpgsqlCommand($"SELECT coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') FROM {table} t", connection);
#pragma warning restore CA2100
            parts.Add(table + ":" + await command.ExecuteScalarAsync());
        }
        return string.Join("|", parts);
    }
}
