using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OcopConnect.Tests.Browser;

/// <summary>A visitor finds a product in the public catalogue.</summary>
public sealed partial class CatalogueJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [GeneratedRegex(@"/products/[a-z0-9-]+$")]
    private static partial Regex ProductUrl();

    [Fact]
    public async Task A_visitor_searches_without_diacritics_and_opens_the_fish_sauce()
    {
        await LoadDemoAsync();
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Sản phẩm OCOP" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sản phẩm OCOP", Level = 1 })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm sản phẩm, chủ thể" }).FillAsync("nuoc mam");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"[?&]q=nuoc\+mam"));
        var results = Page.Locator("#results");
        var fishSauce = results.GetByRole(AriaRole.Link, new() { Name = "Nước mắm" });
        await Expect(fishSauce.First).ToBeVisibleAsync();
        await Expect(Page.Locator("#result-count")).ToContainTextAsync("kết quả");
        await ShotAsync("search-results");

        var name = await fishSauce.First.InnerTextAsync();
        Assert.Contains("Nước mắm", name, StringComparison.Ordinal);
        await fishSauce.First.ClickAsync();

        await Expect(Page).ToHaveURLAsync(ProductUrl());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(Page.Locator("#rating")).ToContainTextAsync("sao OCOP");
        await ShotAsync("product-page");
    }
}
