using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Pages;

/// <summary>
/// In English the buyer-facing pages speak English in their fixed words too — units, packaging kinds, product
/// groups, the former-unit marker — while what producers and buyers wrote in Vietnamese stays as written.
/// </summary>
public sealed class EnglishTermsTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Buyer = "thumua.tienganh@example.org";
    private RegistrationWorld _world = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await RegistrationWorld.ArrangeAsync(Fixture);
        await using var db = Fixture.CreateDbContext();
        var partner = await db.Partners.Where(p => p.TaxCode == DemoStory.BuyerPartnerTaxCode).Select(p => p.Id).SingleAsync();
        await Accounts.CreateAsync(Fixture.App, Buyer, Roles.Buyer);
        await db.Users.Where(u => u.Email == Buyer).ExecuteUpdateAsync(s => s.SetProperty(u => u.PartnerId, partner));
    }

    private static string Price(IDocument page, string slug) => page.QuerySelector($".card[data-slug='{slug}'] .price")!.TextContent.Trim();

    [Fact]
    public async Task The_catalogue_in_english_prices_by_english_units()
    {
        var client = Fixture.App.CreateClient();
        var english = await client.GetDocumentAsync("/products?culture=en-US");

        Assert.Equal("120,000\u00A0₫ / bottle", Price(english, "mat-hoa-dua-nguyen-chat"));
        Assert.Equal("45,000\u00A0₫ / box", Price(english, "keo-dua-sua-la-dua"));
        Assert.Equal("60,000\u00A0₫ / jar", Price(english, "tieu-phu-quoc"));
        Assert.Equal("180,000\u00A0₫ / bag", Price(english, "gao-st25-lua-vang"));
        var units = english.QuerySelectorAll("#results .price").Select(p => p.TextContent.Trim()[(p.TextContent.Trim().IndexOf('/', StringComparison.Ordinal) + 2)..]).ToList();
        Assert.DoesNotContain(units, u => u is "chai" or "hộp" or "hũ" or "túi" or "giỏ" or "trái" or "chậu" or "khay" or "đòn" or "cây");

        // Vietnamese readers keep the producers' words.
        var vietnamese = await client.GetDocumentAsync("/products");
        Assert.Equal("45.000\u00A0₫ / hộp", Price(vietnamese, "keo-dua-sua-la-dua"));
    }

    [Fact]
    public async Task The_product_page_in_english_names_unit_packaging_and_group_in_english_and_keeps_the_producers_text()
    {
        var client = Fixture.App.CreateClient();

        var candy = await client.GetDocumentAsync("/products/keo-dua-sua-la-dua?culture=en-US");
        Assert.Equal("45,000\u00A0₫ / box", candy.QuerySelector("#price")!.TextContent.Trim());
        Assert.Equal("Box 400 g", candy.QuerySelector("#packaging")!.TextContent.Trim());
        Assert.Contains("Processed food", candy.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Hộp", candy.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // The description has no English: it stays as the producer wrote it.
        Assert.Contains("Kẹo dừa Bến Tre nấu từ nước cốt dừa", candy.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var fishSauce = await client.GetDocumentAsync("/products/nuoc-mam-truyen-thong-phu-quoc?culture=en-US");
        Assert.Equal("Glass bottle 500 ml", fishSauce.QuerySelector("#packaging")!.TextContent.Trim());
        var tea = await client.GetDocumentAsync("/products/tra-tui-loc-hoa-dau-biec?culture=en-US");
        Assert.Equal("Box of 20 tea bags", tea.QuerySelector("#packaging")!.TextContent.Trim());
        var pomelo = await client.GetDocumentAsync("/products/buoi-da-xanh-ben-tre?culture=en-US");
        Assert.Equal("Fruit 1.2–1.8 kg", pomelo.QuerySelector("#packaging")!.TextContent.Trim());

        var vietnamese = await client.GetDocumentAsync("/products/nuoc-mam-truyen-thong-phu-quoc");
        Assert.Equal("Chai thủy tinh 500 ml", vietnamese.QuerySelector("#packaging")!.TextContent.Trim());
        Assert.Equal("95.000\u00A0₫ / chai", vietnamese.QuerySelector("#price")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_conference_and_home_pages_in_english_price_by_english_units()
    {
        var client = Fixture.App.CreateClient();

        foreach (var url in new[] { $"/conferences/{DemoStory.ConferenceSlug}?culture=en-US", "/?culture=en-US" })
        {
            var page = await client.GetDocumentAsync(url);
            var prices = page.QuerySelectorAll(".card .price").Select(p => p.TextContent.Trim()).ToList();
            Assert.Contains("45,000\u00A0₫ / box", prices);
            Assert.DoesNotContain(prices, p => p.EndsWith("/ hộp", StringComparison.Ordinal) || p.EndsWith("/ chai", StringComparison.Ordinal) || p.EndsWith("/ hũ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_buyers_pages_in_english_name_groups_products_and_reasons_in_english()
    {
        var buyer = await Fixture.App.SignedInAsync(Buyer);

        var list = await buyer.GetDocumentAsync("/buyer?culture=en-US");
        var groups = list.QuerySelectorAll("#new-demand select[name='Input.ProductGroupIds'] option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("Food", groups);
        Assert.Contains("Beverages", groups);
        Assert.DoesNotContain("Thực phẩm", groups);
        Assert.Equal("2 tonnes/month", list.QuerySelector("#new-demand input[name='Input.Volume']")!.GetAttribute("placeholder"));
        Assert.Contains("Mekong Delta OCOP supply–demand connection conference (demonstration)", list.QuerySelector("#demands")!.TextContent, StringComparison.Ordinal);

        int demand;
        await using (var db = Fixture.CreateDbContext())
            demand = await db.BuyerDemands.Where(d => d.ConferenceId == _world.Conference && d.Title.StartsWith("Khóm và trái cây")).Select(d => d.Id).SingleAsync();
        var page = await buyer.GetDocumentAsync($"/buyer/demands/{demand}?culture=en-US");
        var pineapple = page.QuerySelector("#suggestions li[data-product='khom-cau-duc']")!;
        Assert.Contains("Cầu Đúc pineapple", pineapple.TextContent, StringComparison.Ordinal);
        Assert.Contains("In the group “Food”", pineapple.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Thực phẩm", pineapple.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Thực phẩm", page.QuerySelector("form select[name='Input.ProductGroupIds']")!.TextContent, StringComparison.Ordinal);
        // The buyer's own words stay as typed: the title, and the keyword quoted in the reason.
        Assert.Contains("Khóm và trái cây tươi cho quầy OCOP dịp Tết (minh họa)", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("“khóm”", pineapple.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_former_unit_marker_reads_in_english()
    {
        // The 2023 demo conference's provinces are all units from before the merger.
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        int conference;
        await using (var db = Fixture.CreateDbContext())
            conference = await db.Conferences.Where(c => c.Slug == DemoStory.ConferenceSlug).Select(c => c.Id).SingleAsync();

        var page = await organizer.GetDocumentAsync($"/organize/conferences/{conference}?culture=en-US");

        var participants = page.QuerySelectorAll("tr[data-province]").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Contains(participants, p => p.EndsWith("(before 1 July 2025)", StringComparison.Ordinal));
        Assert.DoesNotContain(participants, p => p.Contains("trước 1/7/2025", StringComparison.Ordinal));
        Assert.DoesNotContain("trước 1/7/2025", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
