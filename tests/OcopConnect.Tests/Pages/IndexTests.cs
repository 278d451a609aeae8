using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Pages;

public sealed class IndexTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.LoadDemoAsync();
    }

    private static string Stat(IDocument page, int provinceId, string stat) =>
        page.QuerySelector($"#province-statistics tr[data-province-id='{provinceId}'] td[data-stat='{stat}']")?.TextContent.Trim()
            ?? throw new InvalidOperationException($"No {stat} cell for province {provinceId}");

    [Fact]
    public async Task The_home_page_shows_the_conference_and_tra_vinhs_reported_184_62_3()
    {
        var page = await Fixture.App.CreateClient().GetDocumentAsync("/");

        Assert.Contains("Kiên Giang", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("184", Stat(page, AdministrativeUnits.Ids.TraVinh, "total"));
        Assert.Equal("62", Stat(page, AdministrativeUnits.Ids.TraVinh, "four"));
        Assert.Equal("3", Stat(page, AdministrativeUnits.Ids.TraVinh, "five"));
        Assert.Equal("—", Stat(page, AdministrativeUnits.Ids.TraVinh, "three")); // not reported, not invented
        Assert.Equal("110", Stat(page, AdministrativeUnits.Ids.BenTre, "three"));
        Assert.Equal("77", Stat(page, AdministrativeUnits.Ids.BenTre, "producers"));
        Assert.Equal("107", Stat(page, AdministrativeUnits.Ids.HauGiang, "three"));
        Assert.Contains("Vĩnh Long", page.QuerySelector($"tr[data-province-id='{AdministrativeUnits.Ids.TraVinh}'] th")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_lists_the_exhibited_products_with_todays_rating()
    {
        var page = await Fixture.App.CreateClient().GetDocumentAsync("/");
        var cards = page.QuerySelectorAll(".card").ToDictionary(c => c.QuerySelector("h4")!.TextContent.Trim());

        Assert.Equal(DemoStory.ProductSpecs().Count, cards.Count);
        Assert.Contains("5 sao", cards["Mật hoa dừa nguyên chất"].TextContent, StringComparison.Ordinal);
        // Recognised in 2022 and never renewed: expired by November 2026.
        Assert.Contains("hết hạn", cards["Gạo sạch Cầu Ngang"].TextContent, StringComparison.Ordinal);
        Assert.Contains("95.000\u00A0₫", cards["Nước mắm truyền thống Phú Quốc"].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rating_follows_the_clock()
    {
        // On the conference day the rice was still certified (3 stars, district level).
        Fixture.App.Clock.Now = new DateTimeOffset(2023, 4, 14, 10, 0, 0, TimeSpan.FromHours(7));
        var page = await Fixture.App.CreateClient().GetDocumentAsync("/");
        var rice = page.QuerySelectorAll(".card").Single(c => c.QuerySelector("h4")!.TextContent.Trim() == "Gạo sạch Cầu Ngang");

        Assert.Contains("3 sao", rice.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vietnamese_is_the_default_with_vietnamese_number_formats()
    {
        var client = Fixture.App.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US"); // the browser's language does not override Vietnamese

        var page = await client.GetDocumentAsync("/");

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Tổng sản phẩm OCOP", page.QuerySelector("#province-statistics thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("5.250.000.000\u00A0₫", page.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("14/04/2023", page.QuerySelector(".eyebrow")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_turns_the_site_to_english_and_back()
    {
        var client = Fixture.App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = true });
        var home = await client.GetDocumentAsync("/");

        var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-US",
            ["returnUrl"] = "/",
        }));
        response.EnsureSuccessStatusCode();
        var english = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Total OCOP products", english.QuerySelector("#province-statistics thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("5,250,000,000\u00A0₫", english.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("OCOP trade-connection conference", english.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var back = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "vi-VN",
            ["returnUrl"] = "/",
        }));
        var vietnamese = await HtmlClient.ParseAsync(await back.Content.ReadAsStringAsync());
        Assert.Equal("vi", vietnamese.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_language_switch_never_redirects_off_site()
    {
        var client = Fixture.App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var home = await client.GetDocumentAsync("/");

        var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-US",
            ["returnUrl"] = "//evil.example.com/phish",
        }));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        var client = Fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "organizer@example.org", ["Input.Password"] = "x" }));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}
