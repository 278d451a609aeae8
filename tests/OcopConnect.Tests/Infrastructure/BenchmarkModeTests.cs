using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OcopConnect.DataGen;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>Benchmark mode (Infrastructure/Benchmarking): baselines exist only when switched on.</summary>
public sealed class BenchmarkModeTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly GeneratorOptions Small = new()
    {
        Seed = 7, Products = 600, Enterprises = 60, Partners = 10, Conferences = 4, Delegations = 40, Mous = 50, AsOf = new DateOnly(2026, 11, 28),
    };

    [Theory]
    [InlineData("/bench/baseline/products?q=nuoc+mam")]
    [InlineData("/bench/baseline/provinces/86")]
    public async Task Baselines_answer_404_when_benchmark_mode_is_off(string url)
    {
        var response = await Fixture.App.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_baseline_replays_the_sql_of_the_page_and_writes_its_rows()
    {
        await DataGenerator.GenerateAsync(Fixture.ConnectionString, Small);
        // The baseline records a page by asking the server itself over HTTP, so it needs a real port.
        await using var app = new OcopAppFactory(Fixture.ConnectionString, settings: new Dictionary<string, string> { ["Benchmark:Enabled"] = "true" });
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var page = await client.GetStringAsync(new Uri("/products?q=nuoc+mam", UriKind.Relative));
        var baseline = await client.GetStringAsync(new Uri("/bench/baseline/products?q=nuoc+mam", UriKind.Relative));
        var again = await client.GetStringAsync(new Uri("/bench/baseline/products?q=nuoc+mam", UriKind.Relative));

        // The same rows as the page: the first hit's slug, in a bare table.
        var slug = System.Text.RegularExpressions.Regex.Match(page, "data-slug=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(slug);
        Assert.Contains("<td>" + slug + "</td>", baseline, StringComparison.Ordinal);
        Assert.Equal(baseline, again);
        Assert.DoesNotContain("<form", baseline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_baseline_replays_the_signed_in_users_query_as_bare_csv()
    {
        await DataGenerator.GenerateAsync(Fixture.ConnectionString, Small);
        await using var app = new OcopAppFactory(Fixture.ConnectionString, settings: new Dictionary<string, string> { ["Benchmark:Enabled"] = "true" });
        app.UseKestrel(0);
        app.StartServer();
        await Accounts.CreateAsync(app, "bench.export@example.org", OcopConnect.Web.Data.Identity.Roles.Organizer);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(address) };
        var login = await HtmlClient.ParseAsync(await client.GetStringAsync(new Uri("/account/login", UriKind.Relative)));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "bench.export@example.org", ["Input.Password"] = Accounts.Password,
            ["__RequestVerificationToken"] = login.AntiforgeryToken(),
        });
        (await client.PostAsync(new Uri("/account/login", UriKind.Relative), form)).EnsureSuccessStatusCode();

        var exportResponse = await client.GetAsync(new Uri("/manage/products.csv", UriKind.Relative));
        Assert.Equal("text/csv", exportResponse.Content.Headers.ContentType!.MediaType);
        var export = await exportResponse.Content.ReadAsStringAsync();
        var baseline = await client.GetAsync(new Uri("/bench/baseline/manage/products.csv", UriKind.Relative));

        Assert.True(baseline.StatusCode == HttpStatusCode.OK, await baseline.Content.ReadAsStringAsync());
        Assert.Equal("text/csv", baseline.Content.Headers.ContentType!.MediaType);
        var lines = (await baseline.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // One line per product, as the export has one row per product after its header.
        Assert.Equal(Small.Products, lines.Length);
        Assert.Equal(Small.Products + 1, export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_page_that_does_not_answer_200_gets_no_baseline()
    {
        await using var app = new OcopAppFactory(Fixture.ConnectionString, settings: new Dictionary<string, string> { ["Benchmark:Enabled"] = "true" });
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var response = await client.GetAsync(new Uri("/bench/baseline/products/no-such-product", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }
}
