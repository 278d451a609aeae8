using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Pages;

/// <summary>What every public page owes every visitor, in both languages: a language, a title, one h1, labelled fields, described images, a phone-sized viewport.</summary>
public sealed class PublicPagesTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.LoadDemoAsync();
    }

    private async Task<List<string>> PublicUrlsAsync()
    {
        await using var db = Fixture.CreateDbContext();
        var product = await db.Products.Where(p => p.IsPublished && p.Photos.Any()).Select(p => p.Slug).FirstOrDefaultAsync()
            ?? await db.Products.Where(p => p.IsPublished).Select(p => p.Slug).FirstAsync();
        var enterprise = await db.Enterprises.Where(e => e.IsActive).OrderBy(e => e.Id).Select(e => e.Slug).FirstAsync();
        var conference = await db.Conferences.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync();
        return ["/", "/products", "/products?q=dua&stars=4", $"/products/{product}", $"/enterprises/{enterprise}", $"/conferences/{conference}",
            $"/provinces/{AdministrativeUnits.Ids.VinhLong}", "/account/login"];
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public async Task Every_public_page_is_labelled_described_and_in_its_language(string language)
    {
        var client = Fixture.App.CreateClient();
        foreach (var url in await PublicUrlsAsync())
        {
            var page = await client.GetDocumentAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + (language == "en" ? "en-US" : "vi-VN"));
            var where = $"{url} ({language})";

            Assert.True(language == page.DocumentElement.GetAttribute("lang"), where + ": html lang");
            Assert.False(string.IsNullOrWhiteSpace(page.Title), where + ": title");
            Assert.True(page.QuerySelectorAll("h1").Length == 1, where + ": one h1");
            Assert.Contains("width=device-width", page.QuerySelector("meta[name=viewport]")?.GetAttribute("content") ?? "", StringComparison.Ordinal);
            Assert.All(page.QuerySelectorAll("img"), img => Assert.True(img.HasAttribute("alt"), $"{where}: an image without alt: {img.OuterHtml}"));
            Assert.All(page.QuerySelectorAll("input:not([type=hidden]), select, textarea"), field => Assert.True(HasLabel(page, field), $"{where}: a field without a label: {field.OuterHtml}"));
            Assert.All(page.QuerySelectorAll("a"), a => Assert.False(string.IsNullOrWhiteSpace(a.TextContent) && !a.HasAttribute("aria-label") && a.QuerySelector("img[alt]") is null, $"{where}: a link with no text: {a.OuterHtml}"));
            Assert.All(page.QuerySelectorAll("table"), t => Assert.True(t.QuerySelector("caption") is not null || t.HasAttribute("aria-label") || t.HasAttribute("aria-labelledby"), $"{where}: a table without caption"));
            var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"{where}: heading h{pair.First} jumps to h{pair.Second}"));
        }
    }

    private static bool HasLabel(IDocument page, IElement field) =>
        field.Closest("label") is not null
        || field.HasAttribute("aria-label")
        || (field.Id is { Length: > 0 } id && page.QuerySelector($"label[for='{id}']") is not null);
}
