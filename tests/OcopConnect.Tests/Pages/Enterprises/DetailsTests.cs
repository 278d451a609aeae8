using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Pages.Enterprises;

public sealed class DetailsTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.LoadDemoAsync();
    }

    [Fact]
    public async Task The_enterprise_page_shows_the_profile_and_only_published_products()
    {
        await using (var db = Fixture.CreateDbContext())
            await db.Products.Where(p => p.NameVi == "Đường mật hoa dừa").ExecuteUpdateAsync(s => s.SetProperty(p => p.IsPublished, false));

        var page = await Fixture.App.CreateClient().GetDocumentAsync("/enterprises/cong-ty-tnhh-mat-hoa-dua-duyen-hai");

        Assert.Equal("Công ty TNHH Mật hoa dừa Duyên Hải", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("nay thuộc Vĩnh Long", page.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".facts a[href='/provinces/84/former']"));
        Assert.NotNull(page.QuerySelector(".facts a[href='/provinces/86']"));
        Assert.Equal(["Mật hoa dừa nguyên chất"], page.QuerySelectorAll("#enterprise-products h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("5 sao", page.QuerySelector("#enterprise-products")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_or_inactive_enterprise_is_not_found()
    {
        await using (var db = Fixture.CreateDbContext())
            await db.Enterprises.Where(e => e.TaxCode == "9900000402").ExecuteUpdateAsync(s => s.SetProperty(e => e.IsActive, false));
        var client = Fixture.App.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/enterprises/co-so-cha-ca-that-lat-vi-thanh")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/enterprises/khong-co")).StatusCode);
    }
}
