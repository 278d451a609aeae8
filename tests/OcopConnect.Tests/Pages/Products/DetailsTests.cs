using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Pages.Products;

public sealed class DetailsTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.LoadDemoAsync();
    }

    [Fact]
    public async Task The_product_page_shows_todays_rating_with_its_decision_and_where_it_was_exhibited()
    {
        var page = await Fixture.App.CreateClient().GetDocumentAsync("/products/mat-hoa-dua-nguyen-chat");

        Assert.Equal("Mật hoa dừa nguyên chất", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("5 sao OCOP", page.QuerySelector("#rating")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3312/QĐ-BNN-VPĐP", page.QuerySelector(".rating")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("30/09/2028", page.QuerySelector(".rating")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("120.000\u00A0₫ / chai", page.QuerySelector("#price")!.TextContent.Trim());
        Assert.Contains("nay thuộc Vĩnh Long", page.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Trà Vinh", page.QuerySelector(".facts a[href='/provinces/84/former']")!.TextContent.Trim());
        Assert.Equal("Vĩnh Long", page.QuerySelector(".facts a[href='/provinces/86']")!.TextContent.Trim());
        Assert.Contains("Kiên Giang", page.QuerySelector("#conferences")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Structured_data_and_open_graph_describe_the_product()
    {
        var page = await Fixture.App.CreateClient().GetDocumentAsync("/products/nuoc-mam-truyen-thong-phu-quoc");

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Product", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Nước mắm truyền thống Phú Quốc", json.RootElement.GetProperty("name").GetString());
        Assert.Equal(95000, json.RootElement.GetProperty("offers").GetProperty("price").GetInt64());
        Assert.Equal("VND", json.RootElement.GetProperty("offers").GetProperty("priceCurrency").GetString());
        Assert.Equal("Nước mắm truyền thống Phú Quốc", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.EndsWith("/products/nuoc-mam-truyen-thong-phu-quoc", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_from_producers_cannot_break_out_of_the_structured_data()
    {
        await using (var db = Fixture.CreateDbContext())
            await db.Products.Where(p => p.Slug == "khom-cau-duc").ExecuteUpdateAsync(s => s.SetProperty(p => p.DescriptionVi, "</script><script>alert(1)</script>"));

        var html = await Fixture.App.CreateClient().GetStringAsync("/products/khom-cau-duc");

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        var page = await HtmlClient.ParseAsync(html);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("</script><script>alert(1)</script>", json.RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public async Task The_qr_code_is_a_png_of_the_page_address()
    {
        var response = await Fixture.App.CreateClient().GetAsync("/products/khom-cau-duc?handler=Qr");

        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        using var bitmap = SkiaSharp.SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.True(bitmap.Width >= 150 && bitmap.Width == bitmap.Height);
    }

    [Fact]
    public async Task Unpublished_archived_and_unknown_products_are_not_found()
    {
        await using (var db = Fixture.CreateDbContext())
        {
            await db.Products.Where(p => p.Slug == "khom-cau-duc").ExecuteUpdateAsync(s => s.SetProperty(p => p.IsPublished, false));
            await db.Products.Where(p => p.Slug == "tieu-phu-quoc").ExecuteUpdateAsync(s => s.SetProperty(p => p.ArchivedAt, DateTimeOffset.UtcNow));
        }
        var client = Fixture.App.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/products/khom-cau-duc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/products/tieu-phu-quoc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/products/khong-co-san-pham-nay")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/products/khom-cau-duc?handler=Qr")).StatusCode);
    }
}
