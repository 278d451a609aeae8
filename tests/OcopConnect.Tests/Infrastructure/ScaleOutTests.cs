using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Infrastructure.Caching;
using OcopConnect.Web.Infrastructure.Reports;
using OcopConnect.Web.Pages.Conferences.Report;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>
/// Two instances of the portal on one database, as behind a load balancer without sticky sessions
/// (decision 0019): a form from one posts on the other, an edit on one shows at once on the other's
/// cached catalogue, and background work queued while both run is done once.
/// </summary>
public sealed class ScaleOutTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_form_from_one_instance_posts_on_the_other_and_an_edit_on_one_refreshes_the_others_cached_catalogue()
    {
        var world = await ManageWorld.ArrangeAsync(Fixture);
        await using var a = new OcopAppFactory(Fixture.ConnectionString);
        await using var b = new OcopAppFactory(Fixture.ConnectionString);
        await ListeningAsync(a);
        await ListeningAsync(b);

        var rep = new CookieJar();
        rep.Take(await a.Browser().PostLoginAsync(ManageWorld.Rep, Accounts.Password));
        Assert.Contains("ocop.auth", rep.Header, StringComparison.Ordinal);
        var editor = $"/manage/products/{world.OwnProduct}";

        // The form is served by A; its token, with A's session and antiforgery cookies, is accepted by B.
        var form = await GetFormAsync(a, editor, rep);
        var onB = await PostAsync(b, editor, rep, form, "Gạo ST25 Lúa Vàng", "180000");
        Assert.Equal(HttpStatusCode.Redirect, onB.StatusCode);
        await using (var db = Fixture.CreateDbContext())
            Assert.Equal(180_000, await db.Products.Where(p => p.Id == world.OwnProduct).Select(p => p.ReferencePrice).SingleAsync());

        // B caches the search page for visitors: a change that bypasses the portal does not show there.
        var visitorOnB = b.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        const string search = "/products?q=ST25";
        Assert.Contains("Gạo ST25 Lúa Vàng", await visitorOnB.GetStringAsync(search), StringComparison.Ordinal);
        await using (var connection = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var rename = new NpgsqlCommand("UPDATE products SET name_vi = 'Gạo ST25 đổi ngầm' WHERE id = $1", connection) { Parameters = { new() { Value = world.OwnProduct } } };
            Assert.Equal(1, await rename.ExecuteNonQueryAsync());
        }
        Assert.DoesNotContain("đổi ngầm", await visitorOnB.GetStringAsync(search), StringComparison.Ordinal);

        // An edit saved on A reaches B's cache.
        form = await GetFormAsync(a, editor, rep);
        var onA = await PostAsync(a, editor, rep, form, "Gạo ST25 Lúa Vàng vụ mới", "180000");
        Assert.Equal(HttpStatusCode.Redirect, onA.StatusCode);
        await PollAsync(async () => (await visitorOnB.GetStringAsync(search)).Contains("Gạo ST25 Lúa Vàng vụ mới", StringComparison.Ordinal),
            "B still serves the catalogue page cached before A's edit");
    }

    [Fact]
    public async Task After_its_listening_connection_is_cut_an_instance_reconnects_and_drops_what_it_may_have_missed()
    {
        var world = await ManageWorld.ArrangeAsync(Fixture);
        await using var b = new OcopAppFactory(Fixture.ConnectionString);
        var listener = await ListeningAsync(b);
        var visitor = b.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        const string search = "/products?q=ST25";
        Assert.Contains("Gạo ST25 Lúa Vàng", await visitor.GetStringAsync(search), StringComparison.Ordinal);
        var connections = listener.Connections;

        // A change whose notice B cannot hear: its connection is gone (as when PostgreSQL restarts).
        await using (var connection = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var cut = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1", connection)
            { Parameters = { new() { Value = CacheEvictionListener.ApplicationName } } };
            Assert.True((long)(await cut.ExecuteScalarAsync())! >= 1);
            await using var rename = new NpgsqlCommand("UPDATE products SET name_vi = 'Gạo ST25 khi mất kết nối' WHERE id = $1", connection) { Parameters = { new() { Value = world.OwnProduct } } };
            await rename.ExecuteNonQueryAsync();
        }

        await PollAsync(() => Task.FromResult(listener.Connections > connections), "the listener did not reconnect");
        await PollAsync(async () => (await visitor.GetStringAsync(search)).Contains("khi mất kết nối", StringComparison.Ordinal),
            "the cache kept a page from before the lost connection");
    }

    [Fact]
    public async Task Exports_and_emails_queued_for_two_running_instances_are_each_done_once()
    {
        await ManageWorld.ArrangeAsync(Fixture);
        await using var sink = new SmtpSink();
        string organizerId;
        await using (var db = Fixture.CreateDbContext())
        {
            organizerId = await db.Users.Where(u => u.Email == ManageWorld.Organizer).Select(u => u.Id).SingleAsync();
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < 4; i++)
                db.ExportJobs.Add(new ExportJob { Id = Guid.NewGuid(), UserId = organizerId, ConferenceSlug = DemoStory.ConferenceSlug, Format = "csv", Status = ExportStatus.Queued, CreatedAt = now.AddSeconds(i) });
            for (var i = 0; i < 6; i++)
                db.EmailOutbox.Add(new EmailMessage { To = $"khach{i}@example.org", Subject = $"Thư {i}", Body = "Xin chào", CreatedAt = now });
            await db.SaveChangesAsync();
        }

        var settings = new Dictionary<string, string>
        {
            ["Exports:RunInBackground"] = "true",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:DeliverInBackground"] = "true",
        };
        // Both start their workers at once on the same queue.
        await using var a = new OcopAppFactory(Fixture.ConnectionString, settings: settings);
        await using var b = new OcopAppFactory(Fixture.ConnectionString, settings: settings);
        await Task.WhenAll(Task.Run(() => a.Server), Task.Run(() => b.Server));
        a.Services.GetRequiredService<ExportWorker>().Wake();
        b.Services.GetRequiredService<ExportWorker>().Wake();

        await PollAsync(async () =>
        {
            await using var db = Fixture.CreateDbContext();
            return await db.ExportJobs.AllAsync(j => j.Status == ExportStatus.Done) && await db.EmailOutbox.AllAsync(m => m.SentAt != null);
        }, "the queued work was not finished");

        await using (var db = Fixture.CreateDbContext())
        {
            var jobs = await db.ExportJobs.ToListAsync();
            Assert.All(jobs, j => Assert.Equal(1, j.Attempts));
            Assert.Equal(4, jobs.Select(j => j.FileKey).Distinct().Count());
            Assert.Equal(4, await db.StoredFiles.CountAsync());
            Assert.All(await db.EmailOutbox.ToListAsync(), m => Assert.Equal(1, m.Attempts));
        }
        Assert.Equal(6, sink.Messages.Count);
        Assert.Equal(6, sink.Messages.Select(m => m.Recipient).Distinct().Count());
    }

    [Fact]
    public async Task Four_instances_starting_together_on_an_empty_database_migrate_and_load_the_demo_once()
    {
        var empty = await Fixture.CreateScratchDatabaseAsync();
        var settings = new Dictionary<string, string> { ["Database:Migrate"] = "true", ["Demo:Enabled"] = "true" };
        var instances = Enumerable.Range(0, 4).Select(_ => new OcopAppFactory(empty, settings: settings)).ToList();
        try
        {
            await Task.WhenAll(instances.Select(i => Task.Run(() => i.Server)));
            foreach (var instance in instances)
                Assert.Equal(HttpStatusCode.OK, (await instance.CreateClient().GetAsync("/health/ready")).StatusCode);
        }
        finally
        {
            foreach (var instance in instances)
                await instance.DisposeAsync();
        }

        await using var db = Fixture.CreateDbContext(empty);
        var applied = await db.Database.SqlQuery<string>($"SELECT migration_id AS \"Value\" FROM \"__EFMigrationsHistory\"").ToListAsync();
        Assert.Equal(db.Database.GetMigrations().Order(StringComparer.Ordinal), applied.Order(StringComparer.Ordinal));
        Assert.Equal(DemoStory.ProductSpecs().Count, await db.Products.CountAsync());
        Assert.Equal(1, await db.Conferences.CountAsync(c => c.Slug == DemoStory.ConferenceSlug));
    }

    [Fact]
    public async Task With_a_read_replica_visitors_read_the_catalogue_there_and_signed_in_users_and_writes_stay_on_the_primary()
    {
        // The "replica": a database of its own with one product the primary does not have, where every
        // transaction is read-only, so a write sent there would fail.
        var replica = await Fixture.CreateScratchDatabaseAsync();
        await using (var db = Fixture.CreateDbContext(replica))
        {
            await db.Database.MigrateAsync();
            var enterprise = await TestData.EnterpriseAsync(db);
            var product = await TestData.ProductAsync(db, enterprise);
            product.NameVi = "Mắm tép chỉ có ở bản sao";
            await db.SaveChangesAsync();
            var name = db.Database.GetDbConnection().Database;
#pragma warning disable EF1002 // the name is the generated scratch database's
            await db.Database.ExecuteSqlRawAsync($"ALTER DATABASE {name} SET default_transaction_read_only = on");
#pragma warning restore EF1002
        }
        await Accounts.CreateAsync(Fixture.App, "nguoi.doc@example.org", OcopConnect.Web.Data.Identity.Roles.Organizer);
        var replicaConnection = new NpgsqlConnectionStringBuilder(replica) { ApplicationName = "ocop-replica" }.ConnectionString;
        await using var app = new OcopAppFactory(Fixture.ConnectionString, settings: new Dictionary<string, string> { ["ConnectionStrings:ReadReplica"] = replicaConnection });

        var visitor = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        Assert.Contains("Mắm tép chỉ có ở bản sao", await visitor.GetStringAsync("/products?q=mam tep"), StringComparison.Ordinal);
        Assert.Contains("Mắm tép chỉ có ở bản sao", await visitor.GetStringAsync("/api/v1/products?q=mam%20tep"), StringComparison.Ordinal);

        // Signing in writes a session row: it works, so it went to the primary. Signed in, the catalogue is read there too.
        var organizer = await app.SignedInAsync("nguoi.doc@example.org");
        Assert.DoesNotContain("Mắm tép chỉ có ở bản sao", await organizer.GetStringAsync("/products?q=mam tep"), StringComparison.Ordinal);
        await using (var db = Fixture.CreateDbContext())
        {
            Assert.Equal(1, await db.UserSessions.CountAsync());
            Assert.False(await db.Products.AnyAsync(p => p.NameVi == "Mắm tép chỉ có ở bản sao"));
        }
    }

    private static async Task<CacheEvictionListener> ListeningAsync(OcopAppFactory app)
    {
        var listener = app.Services.GetRequiredService<CacheEvictionListener>();
        await listener.Listening.WaitAsync(Deadline);
        return listener;
    }

    private static async Task<IDocument> GetFormAsync(OcopAppFactory app, string url, CookieJar cookies)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookies.Header);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        cookies.Take(response);
        return await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> PostAsync(OcopAppFactory app, string url, CookieJar cookies, IDocument form, string name, string price)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = form.AntiforgeryToken(),
                ["Input.NameVi"] = name,
                ["Input.ProductGroupId"] = ProductGroups.RawAndPreprocessedFood.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Input.ReferencePrice"] = price,
                ["Input.Version"] = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
            }),
        };
        request.Headers.Add("Cookie", cookies.Header);
        return await client.SendAsync(request);
    }

    /// <summary>A browser's cookies, carried by hand from one instance to the other.</summary>
    private sealed class CookieJar
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        public string Header => string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value));

        public void Take(HttpResponseMessage response)
        {
            if (!response.Headers.TryGetValues("Set-Cookie", out var values))
                return;
            foreach (var pair in values.Select(v => v.Split(';')[0]))
            {
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                _cookies[pair[..at]] = pair[(at + 1)..];
            }
        }
    }

    private static async Task PollAsync(Func<Task<bool>> condition, string failure)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < Deadline, failure);
            await Task.Delay(50);
        }
    }
}
