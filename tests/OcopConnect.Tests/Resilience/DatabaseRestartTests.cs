using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OcopConnect.LocalPostgres;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;
using Xunit.Abstractions;

namespace OcopConnect.Tests.Resilience;

/// <summary>
/// PostgreSQL stops under load and comes back: the portal answers 503 with its outage page (never a
/// 500 or a stack trace) while it is down, and serves normally again without being restarted.
/// The cluster is its own, so stopping it disturbs no other test.
/// </summary>
public sealed class DatabaseRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Officer = "canbo.travinh.sucochiu@example.org";
    private LocalPostgresCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions
        {
            DataDirectory = TestPaths.NewTempDirectory("ocop-restart"),
            Database = "ocop_restart",
            Ephemeral = true,
        });
        await using var db = Context();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private OcopDbContext Context() => new(new DbContextOptionsBuilder<OcopDbContext>()
        .UseNpgsql(_cluster.ConnectionString).UseSnakeCaseNamingConvention().Options);

    private sealed record Outcome(string Kind, DateTimeOffset Started, DateTimeOffset Finished, HttpStatusCode? Status, bool RetryAfter, string Body, string? Failure);

    [Fact]
    public async Task While_postgres_is_down_pages_answer_503_and_they_recover_without_an_app_restart()
    {
        await using var app = new OcopAppFactory(_cluster.ConnectionString);
        string product, delegation;
        await using (var db = Context())
        {
            await new DemoDataLoader(db, NullLogger<DemoDataLoader>.Instance, app.Clock).LoadAsync();
            await Accounts.CreateAsync(app, Officer, Roles.ProvinceOfficer, AdministrativeUnits.Ids.TraVinh);
            product = await db.Products.Where(p => p.IsPublished).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync();
            delegation = (await db.Delegations.Where(d => d.ProvinceId == AdministrativeUnits.Ids.VinhLong && d.Conference!.Slug == DemoStory.UpcomingSlug)
                .Select(d => d.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var officer = await app.SignedInAsync(Officer);
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var counter = 0;
        // Every kind reads the database: signed-in pages skip the output cache, the anonymous search varies its query.
        var kinds = new (string Name, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("catalogue", () => officer.GetAsync("/products?q=gao")),
            ("search", () => anonymous.GetAsync($"/products?q=nuoc+mam&n={Interlocked.Increment(ref counter)}")),
            ("product", () => officer.GetAsync($"/products/{product}")),
            ("delegation form post", async () =>
            {
                var form = await officer.GetAsync($"/delegations/{delegation}");
                if (form.StatusCode != HttpStatusCode.OK)
                    return form;
                var page = await HtmlClient.ParseAsync(await form.Content.ReadAsStringAsync());
                return await officer.PostFormAsync(page, $"/delegations/{delegation}", new()
                {
                    ["Details.HeadName"] = "Phạm Phước Trãi",
                    ["version"] = page.QuerySelector("input[name=version]")!.GetAttribute("value")!,
                });
            }),
        };
        var outcomes = new ConcurrentQueue<Outcome>();
        using var stop = new CancellationTokenSource();
        async Task WorkerAsync(int offset)
        {
            for (var i = offset; !stop.IsCancellationRequested; i++)
            {
                var (name, send) = kinds[i % kinds.Length];
                var started = DateTimeOffset.UtcNow;
                try
                {
                    using var response = await send();
                    var body = await response.Content.ReadAsStringAsync();
                    outcomes.Enqueue(new(name, started, DateTimeOffset.UtcNow, response.StatusCode, response.Headers.RetryAfter is not null, body, null));
                }
                catch (HttpRequestException ex)
                {
                    outcomes.Enqueue(new(name, started, DateTimeOffset.UtcNow, null, false, "", ex.Message));
                }
            }
        }
        var workers = Enumerable.Range(0, 3).Select(WorkerAsync).ToList();
        var clock = Stopwatch.StartNew();

        await PollAsync(() => kinds.All(k => outcomes.Any(o => o.Kind == k.Name && o.Status is HttpStatusCode.OK or HttpStatusCode.Redirect)), "every kind of request to succeed before the outage");
        await _cluster.StopServerAsync(immediate: true);
        var down = DateTimeOffset.UtcNow;
        output.WriteLine($"PostgreSQL stopped (immediate) at {clock.ElapsedMilliseconds} ms");
        await PollAsync(() => kinds.All(k => outcomes.Count(o => o.Kind == k.Name && o.Started > down) >= 3), "three requests of each kind during the outage");
        var ready = await anonymous.GetAsync("/health/ready");
        var restarting = DateTimeOffset.UtcNow;
        await _cluster.StartServerAsync();
        var up = DateTimeOffset.UtcNow;
        output.WriteLine($"PostgreSQL started again at {clock.ElapsedMilliseconds} ms");
        // Recovered: for each kind, the last three requests that started after the restart all succeeded.
        await PollAsync(() => kinds.All(k => outcomes.Where(o => o.Kind == k.Name && o.Started > up).TakeLast(3) is var last
            && last.Count() == 3 && last.All(o => o.Status is HttpStatusCode.OK or HttpStatusCode.Redirect)), "every kind of request to succeed again after the restart", TimeSpan.FromSeconds(30));
        var recovered = DateTimeOffset.UtcNow;
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        var all = outcomes.ToList();
        // Requests wholly inside the outage (a slow one that began before the restart may finish after it).
        var during = all.Where(o => o.Started > down && o.Finished < restarting).ToList();
        output.WriteLine($"{all.Count} requests; during the outage {during.Count}: {string.Join(", ", during.GroupBy(o => o.Status).Select(g => $"{g.Key}×{g.Count()}"))}; " +
            $"after the restart {all.Count(o => o.Started > up && o.Status == HttpStatusCode.ServiceUnavailable)} more 503 before recovery, recovered {(recovered - up).TotalMilliseconds:F0} ms after the restart");
        Assert.Empty(all.Where(o => o.Failure is not null).Select(o => $"{o.Kind}: {o.Failure}"));
        Assert.Empty(all.Where(o => o.Status is not (HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.ServiceUnavailable)).Select(o => $"{o.Kind}: {(int?)o.Status}"));
        Assert.All(during, o =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, o.Status);
            Assert.True(o.RetryAfter, "503 without Retry-After");
            Assert.Contains("Hệ thống đang tạm gián đoạn", o.Body, StringComparison.Ordinal);
            Assert.Contains("temporarily unavailable", o.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", o.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", o.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Npgsql", o.Body, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
    }

    private static async Task PollAsync(Func<bool> condition, string what, TimeSpan? within = null)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > (within ?? TimeSpan.FromSeconds(60)))
                throw new TimeoutException("Timed out waiting for " + what);
            await Task.Delay(20);
        }
    }
}
