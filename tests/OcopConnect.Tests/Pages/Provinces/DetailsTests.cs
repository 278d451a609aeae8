using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;
using static OcopConnect.Web.Data.Seed.AdministrativeUnits;

namespace OcopConnect.Tests.Pages.Provinces;

public sealed class DetailsTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    // Cà Mau (96) absorbed Bạc Liêu (95); the demo story has nothing there, so tests can build exact data.
    private static readonly int CaMau = CurrentId("96");
    private static readonly int BacLieu = FormerId("95");

    private static string Cell(IDocument page, string row, string stat) =>
        page.QuerySelector($"{row} [data-stat='{stat}']")?.TextContent.Trim()
            ?? throw new InvalidOperationException($"No {stat} cell in {row}");

    private static string Reported(int provinceId) => $"#reported-statistics tr[data-province-id='{provinceId}']";

    private static string Portal(int provinceId) => $"#portal-statistics tr[data-province-id='{provinceId}']";

    [Fact]
    public async Task Reported_figures_are_shown_beside_the_portal_counts_and_an_unreported_figure_is_not_zero()
    {
        await Fixture.LoadDemoAsync();

        var page = await Fixture.App.CreateClient().GetDocumentAsync("/provinces/84/former");

        // Trà Vinh reported a total, 4 and 5 stars, but neither 3 stars nor its producers (DemoStory.Statistics).
        var reported = Reported(Ids.TraVinh);
        Assert.Equal("14/04/2023", Cell(page, reported, "as-of"));
        Assert.Equal("184", Cell(page, reported, "total"));
        Assert.Equal("không công bố", Cell(page, reported, "three"));
        Assert.Equal("62", Cell(page, reported, "four"));
        Assert.Equal("3", Cell(page, reported, "five"));
        Assert.Equal("không công bố", Cell(page, reported, "producers"));
        Assert.Contains("Phạm Phước Trãi", Cell(page, reported, "source"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"{reported} a[href='/conferences/{DemoStory.ConferenceSlug}']"));

        // The portal today (28/11/2026): eight published products of five producers; the rice certified in 2022 has expired.
        var portal = Portal(Ids.TraVinh);
        Assert.Equal("8", Cell(page, portal, "total"));
        Assert.Equal("2", Cell(page, portal, "three"));
        Assert.Equal("4", Cell(page, portal, "four"));
        Assert.Equal("1", Cell(page, portal, "five"));
        Assert.Equal("1", Cell(page, portal, "none"));
        Assert.Equal("5", Cell(page, portal, "producers"));
        Assert.Contains("28/11/2026", page.QuerySelector("#portal-title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portal_counts_take_published_products_of_active_enterprises_rated_by_the_certificate_valid_today()
    {
        var today = new DateOnly(2026, 11, 28);
        await using (var db = Fixture.CreateDbContext())
        {
            var enterprise = await TestData.EnterpriseAsync(db, BacLieu);
            var fiveStars = await TestData.ProductAsync(db, enterprise);
            var expiredToday = await TestData.ProductAsync(db, enterprise);
            var renewedLower = await TestData.ProductAsync(db, enterprise);
            var unpublished = await TestData.ProductAsync(db, enterprise);
            var archived = await TestData.ProductAsync(db, enterprise);
            var inactive = await TestData.EnterpriseAsync(db, BacLieu);
            var ofInactive = await TestData.ProductAsync(db, inactive);
            var current = await TestData.EnterpriseAsync(db, CaMau);
            var fourStars = await TestData.ProductAsync(db, current);
            db.Certificates.AddRange(
                TestData.Certificate(fiveStars.Id, 5, new(2025, 1, 10), RecognitionLevel.Central),
                // Valid for 36 months from the decision, up to but not including the expiry day: today.
                TestData.Certificate(expiredToday.Id, 4, today.AddMonths(-36)),
                TestData.Certificate(renewedLower.Id, 4, new(2022, 3, 1)),
                TestData.Certificate(renewedLower.Id, 3, new(2025, 3, 1)),
                TestData.Certificate(unpublished.Id, 5, new(2025, 1, 10), RecognitionLevel.Central),
                TestData.Certificate(archived.Id, 4, new(2025, 1, 10)),
                TestData.Certificate(ofInactive.Id, 4, new(2025, 1, 10)),
                TestData.Certificate(fourStars.Id, 4, new(2025, 6, 1)));
            unpublished.IsPublished = false;
            archived.ArchivedAt = DateTimeOffset.UtcNow;
            inactive.IsActive = false;
            var conference = DemoStory.Conference();
            conference.Slug = "hoi-nghi-bac-lieu-2023";
            db.ReportedStatistics.AddRange(
                new ReportedOcopStatistics { ProvinceId = BacLieu, Conference = conference, AsOf = new(2023, 12, 31), TotalProducts = 90, ThreeStarProducts = 70 },
                new ReportedOcopStatistics { ProvinceId = BacLieu, AsOf = new(2024, 12, 31), TotalProducts = 120, ThreeStarProducts = 95, FourStarProducts = 25, Source = "Báo cáo năm 2024" });
            await db.SaveChangesAsync();
        }

        var page = await Fixture.App.CreateClient().GetDocumentAsync("/provinces/96");

        Assert.Equal("4", Cell(page, "#portal-total", "total"));
        Assert.Equal("1", Cell(page, "#portal-total", "three"));
        Assert.Equal("1", Cell(page, "#portal-total", "four"));
        Assert.Equal("1", Cell(page, "#portal-total", "five"));
        Assert.Equal("1", Cell(page, "#portal-total", "none"));
        Assert.Equal("2", Cell(page, "#portal-total", "producers"));
        Assert.Equal("3", Cell(page, Portal(BacLieu), "total"));
        Assert.Equal("1", Cell(page, Portal(CaMau), "four"));
        Assert.Equal(["Thực phẩm"], page.QuerySelectorAll("#portal-groups tbody th").Select(th => th.TextContent.Trim()));
        Assert.Equal("4", page.QuerySelector("#portal-groups tbody td")!.TextContent.Trim());

        // Only the latest report of the unit, as reported.
        Assert.Single(page.QuerySelectorAll("#reported-statistics tbody tr"));
        Assert.Equal("120", Cell(page, Reported(BacLieu), "total"));
        Assert.Equal("không công bố", Cell(page, Reported(BacLieu), "five"));

        // The chart says the same numbers to screen readers.
        var chart = page.QuerySelector("#stars-chart svg[role='img']")!;
        Assert.Contains("5 sao: 1", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Không có chứng nhận còn hiệu lực: 1", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, chart.QuerySelectorAll("rect").Length);

        Assert.Equal(4, page.QuerySelectorAll("#province-products .card").Length);
        Assert.Contains("5 sao", page.QuerySelector("#province-products .card")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("#province-enterprises tbody tr").Length);
    }

    [Fact]
    public async Task A_current_province_aggregates_its_former_units_and_lists_them()
    {
        await Fixture.LoadDemoAsync();

        var page = await Fixture.App.CreateClient().GetDocumentAsync("/provinces/86");

        Assert.Equal("Tỉnh Vĩnh Long", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("hiện nay", page.QuerySelector("#province-status")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#successor"));
        var former = page.QuerySelectorAll("#former-units a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent.Trim());
        Assert.Equal("Tỉnh Trà Vinh", former["/provinces/84/former"]);
        Assert.Equal("Tỉnh Bến Tre", former["/provinces/83/former"]);
        Assert.Equal("Tỉnh Vĩnh Long", former["/provinces/86/former"]);
        Assert.Equal(3, former.Count);

        Assert.Equal("184", Cell(page, Reported(Ids.TraVinh), "total"));
        Assert.Equal("200", Cell(page, Reported(Ids.BenTre), "total"));
        Assert.Equal("không công bố", Cell(page, Reported(Ids.BenTre), "five"));

        // Trà Vinh's eight products and Bến Tre's five; one of Trà Vinh's has no valid certificate today.
        Assert.Equal("8", Cell(page, Portal(Ids.TraVinh), "total"));
        Assert.Equal("5", Cell(page, Portal(Ids.BenTre), "total"));
        Assert.Equal("13", Cell(page, "#portal-total", "total"));
        Assert.Equal("5", Cell(page, "#portal-total", "three"));
        Assert.Equal("6", Cell(page, "#portal-total", "four"));
        Assert.Equal("1", Cell(page, "#portal-total", "five"));
        Assert.Equal("1", Cell(page, "#portal-total", "none"));
        Assert.Equal("9", Cell(page, "#portal-total", "producers"));

        var enterprises = page.QuerySelectorAll("#province-enterprises tbody tr").ToList();
        Assert.Equal(9, enterprises.Count);
        var coconut = enterprises.Single(tr => tr.TextContent.Contains("Mật hoa dừa Duyên Hải", StringComparison.Ordinal));
        Assert.Equal("/enterprises/cong-ty-tnhh-mat-hoa-dua-duyen-hai", coconut.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Doanh nghiệp", coconut.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", coconut.QuerySelector("[data-stat='products']")!.TextContent.Trim());

        var cards = page.QuerySelectorAll("#province-products .card").ToList();
        Assert.Equal(12, cards.Count);
        Assert.Equal("/products/mat-hoa-dua-nguyen-chat", cards[0].QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.DoesNotContain(cards, c => c.TextContent.Contains("Kiên Giang", StringComparison.Ordinal));
        Assert.Equal("/products?province=86", page.QuerySelector("#see-all")!.GetAttribute("href"));
        Assert.Contains("13", page.QuerySelector("#see-all")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_former_province_links_to_its_successor()
    {
        await Fixture.LoadDemoAsync();
        var client = Fixture.App.CreateClient();

        var page = await client.GetDocumentAsync("/provinces/84/former");

        Assert.Equal("Tỉnh Trà Vinh", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("cũ, đến 30/06/2025", page.QuerySelector("#province-status")!.TextContent, StringComparison.Ordinal);
        var successor = page.QuerySelector("#successor a")!;
        Assert.Equal("/provinces/86", successor.GetAttribute("href"));
        Assert.Equal("Tỉnh Vĩnh Long", successor.TextContent.Trim());
        Assert.Null(page.QuerySelector("#former-units"));
        Assert.Equal("/products?province=86", page.QuerySelector("#see-all")!.GetAttribute("href"));

        // Former Vĩnh Long shares its code with today's unit, so it has its own address.
        var formerVinhLong = await client.GetDocumentAsync("/provinces/86/former");
        Assert.Contains("cũ", formerVinhLong.QuerySelector("#province-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/provinces/86", formerVinhLong.QuerySelector("#successor a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_code_only_a_former_unit_had_leads_to_that_units_page()
    {
        var response = await Fixture.App.Browser().GetAsync("/provinces/84?culture=en-US");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/provinces/84/former?culture=en-US", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_code_is_not_found()
    {
        var client = Fixture.App.CreateClient();

        foreach (var url in new[] { "/provinces/00", "/provinces/khong-co", "/provinces/96/former-xyz", "/provinces/96/other", "/provinces/" + new string('9', 300) })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
        }
        // No unit, former or current, ever had code 90.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/provinces/90/former")).StatusCode);
    }

    [Fact]
    public async Task The_page_is_available_in_english()
    {
        await Fixture.LoadDemoAsync();

        var page = await Fixture.App.CreateClient().GetDocumentAsync("/provinces/86?culture=en-US");

        Assert.Equal("Vinh Long", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Current administrative unit, since 1 Jul 2025", page.QuerySelector("#province-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("not reported", Cell(page, Reported(Ids.TraVinh), "three"));
        Assert.Equal("14 Apr 2023", Cell(page, Reported(Ids.TraVinh), "as-of"));
        Assert.Contains("Products on the portal", page.QuerySelector("#portal-statistics thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Food", page.QuerySelector("#portal-groups")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Company", page.QuerySelector("#province-enterprises")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pure coconut blossom nectar", page.QuerySelector("#province-products")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("5 stars", page.QuerySelector("#stars-chart desc")!.TextContent, StringComparison.Ordinal);
    }
}
