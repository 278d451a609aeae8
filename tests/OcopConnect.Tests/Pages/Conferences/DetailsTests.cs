using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Conferences;

public sealed class DetailsTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Fixture.CreateDbContext();
        await new DemoDataLoader(db, NullLogger<DemoDataLoader>.Instance).LoadAsync();
    }

    [Fact]
    public async Task The_conference_page_shows_its_provinces_figures_and_exhibited_products()
    {
        var page = await Fixture.App.CreateClient().GetDocumentAsync($"/conferences/{DemoStory.ConferenceSlug}");

        Assert.Contains("Kiên Giang", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("200", page.QuerySelector($"tr[data-province-id='{AdministrativeUnits.Ids.BenTre}'] td[data-stat='total']")!.TextContent.Trim());
        Assert.Equal("Bến Tre", page.QuerySelector($"tr[data-province-id='{AdministrativeUnits.Ids.BenTre}'] th a[href='/provinces/83/former']")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"tr[data-province-id='{AdministrativeUnits.Ids.BenTre}'] th a[href='/provinces/86']"));
        Assert.Equal(DemoStory.ProductSpecs().Count, page.QuerySelectorAll(".card").Length);
        Assert.NotNull(page.QuerySelector($"a[href='/products?conference={DemoStory.ConferenceSlug}']"));
    }

    [Fact]
    public async Task A_draft_or_unknown_conference_is_not_found()
    {
        await using (var db = Fixture.CreateDbContext())
            await db.Conferences.ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ConferenceStatus.Draft));
        var client = Fixture.App.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/conferences/{DemoStory.ConferenceSlug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/conferences/khong-co")).StatusCode);
        // The home page then has nothing to feature, and says so.
        Assert.Contains("Chưa có hội nghị nào được công bố", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }
}
