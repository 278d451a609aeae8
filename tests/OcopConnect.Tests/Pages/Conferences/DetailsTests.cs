using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Conferences;

public sealed class DetailsTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.LoadDemoAsync();
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
    public async Task An_anonymous_visitor_reads_the_agenda_in_order_with_vietnamese_dates_and_times()
    {
        var client = Fixture.App.CreateClient();
        var page = await client.GetDocumentAsync($"/conferences/{DemoStory.ConferenceSlug}");

        var agenda = page.QuerySelector("section#agenda");
        Assert.NotNull(agenda);
        Assert.Equal("Chương trình hội nghị", agenda.QuerySelector("h2")!.TextContent.Trim());
        var rows = agenda.QuerySelectorAll("tbody tr")
            .Select(r => (Day: Cell(r, "day"), Time: Cell(r, "time"), Title: Cell(r, "title"), Kind: Cell(r, "kind"))).ToList();
        Assert.Equal(DemoStory.Agenda().Count, rows.Count);
        Assert.Equal(("14/04/2023", "08:00–08:30", "Khai mạc hội nghị", "Khai mạc"), rows[0]);
        Assert.Equal(("14/04/2023", "11:00–11:30", "Ký kết ghi nhớ kết nối giao thương", "Ký kết biên bản ghi nhớ"), rows[^1]);

        // English readers get the English titles and dates; the times stay 24-hour.
        var english = await client.GetDocumentAsync($"/conferences/{DemoStory.ConferenceSlug}?culture=en-US");
        var first = english.QuerySelector("section#agenda tbody tr")!;
        Assert.Equal("Conference agenda", english.QuerySelector("section#agenda h2")!.TextContent.Trim());
        Assert.Equal(("14 Apr 2023", "08:00–08:30", "Opening", "Opening"), (Cell(first, "day"), Cell(first, "time"), Cell(first, "title"), Cell(first, "kind")));
    }

    private static string Cell(AngleSharp.Dom.IElement row, string name) => row.QuerySelector($"[data-agenda='{name}']")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task A_conference_without_agenda_shows_no_empty_agenda_section()
    {
        await using (var db = Fixture.CreateDbContext())
            await db.Set<AgendaItem>().ExecuteDeleteAsync();

        var page = await Fixture.App.CreateClient().GetDocumentAsync($"/conferences/{DemoStory.ConferenceSlug}");

        Assert.Null(page.QuerySelector("section#agenda"));
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
