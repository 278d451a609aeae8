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
