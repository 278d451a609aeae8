using System.Text.Json;
using Microsoft.Playwright;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace OcopConnect.Tests.Browser;

/// <summary>Charts as the browser paints them: the site's style sheet must not repaint the report's series.</summary>
public sealed class ReportChartTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RegistrationWorld.ArrangeAsync(Fixture);
    }

    [Fact]
    public async Task Each_bar_of_the_star_chart_has_the_colour_of_its_legend()
    {
        await SignInAsync(RegistrationWorld.Organizer);
        await Page.GotoAsync($"/conferences/{DemoStory.ConferenceSlug}/report");
        var chart = Page.Locator("figure.chart").Filter(new() { Has = Page.Locator("title", new() { HasText = "Sản phẩm trưng bày theo hạng sao" }) });
        await Expect(chart.Locator("svg")).ToBeVisibleAsync();
        await chart.ScrollIntoViewIfNeededAsync();
        await ShotAsync("star-chart");

        // The colour each shape asks for (its fill attribute, the series' colour) and what the browser painted after every style sheet.
        var json = await chart.EvaluateAsync<string>("""
            figure => JSON.stringify({
                legend: [...figure.querySelectorAll('.legend rect')].map(r => ({ asked: r.getAttribute('fill'), fill: getComputedStyle(r).fill })),
                bars: [...figure.querySelectorAll('.bar rect')].map(r => ({ asked: r.getAttribute('fill'), fill: getComputedStyle(r).fill })),
            })
            """);
        var painted = JsonSerializer.Deserialize<Painted>(json, Web)!;

        Assert.Equal(4, painted.Legend.Count); // 3, 4, 5 stars and no valid certificate
        Assert.Equal(4, painted.Legend.Select(l => l.Fill).Distinct().Count());
        var legend = painted.Legend.ToDictionary(l => l.Asked!, l => l.Fill);
        Assert.NotEmpty(painted.Bars);
        Assert.All(painted.Bars, bar => Assert.Equal(legend[bar.Asked!], bar.Fill));
        Assert.True(painted.Bars.Select(b => b.Fill).Distinct().Count() > 1, "the demo's provinces exhibit products of more than one rating");
    }

    [Fact]
    public async Task The_province_chart_keeps_its_gold_bars_and_grey_bar_for_products_without_a_certificate()
    {
        await Page.GotoAsync("/provinces/86"); // Vĩnh Long today, with Trà Vinh and Bến Tre
        var chart = Page.Locator("#stars-chart");
        await Expect(chart.Locator("svg")).ToBeVisibleAsync();

        var five = await chart.Locator(".bar-five rect").EvaluateAsync<string>("r => getComputedStyle(r).fill");
        var none = await chart.Locator(".bar-none rect").EvaluateAsync<string>("r => getComputedStyle(r).fill");
        Assert.Equal("rgb(184, 134, 11)", five); // --gold
        Assert.Equal("rgb(154, 165, 177)", none);
    }

    private sealed record Swatch(string? Asked, string Fill);

    private sealed record Painted(List<Swatch> Legend, List<Swatch> Bars);
}
