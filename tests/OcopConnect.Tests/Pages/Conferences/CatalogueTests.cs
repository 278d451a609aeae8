using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace OcopConnect.Tests.Pages.Conferences;

/// <summary>The printable catalogue: every exhibited product with its photo and a QR code, by province.</summary>
public sealed class CatalogueTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly string Url = $"/conferences/{DemoStory.ConferenceSlug}/catalogue.pdf";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.LoadDemoAsync();
    }

    [Fact]
    public async Task A_visitor_downloads_a_booklet_with_every_exhibited_product_and_its_photo()
    {
        string product;
        await using (var db = Fixture.CreateDbContext())
        {
            var exhibited = await db.ExhibitedProducts.Where(ep => ep.Delegation!.Conference!.Slug == DemoStory.ConferenceSlug).Select(ep => ep.Product!).FirstAsync();
            product = exhibited.NameVi;
            var key = Guid.CreateVersion7();
            var jpeg = Uploads.Image(320, 240, SkiaSharp.SKEncodedImageFormat.Jpeg);
            db.StoredFiles.Add(new StoredFile { Id = key, ContentType = "image/jpeg", Length = jpeg.Length, Sha256 = "x", Content = jpeg, CreatedAt = DateTimeOffset.UtcNow });
            db.ProductPhotos.Add(new ProductPhoto { ProductId = exhibited.Id, Position = 0, ThumbnailKey = key.ToString("N"), DisplayKey = key.ToString("N"), AltText = "ảnh" });
            await db.SaveChangesAsync();
        }

        var response = await Fixture.App.CreateClient().GetAsync(Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var pages = pdf.GetPages().ToList();
        var text = string.Join(' ', pages.Select(p => ContentOrderTextExtractor.GetText(p)));
        var collapsed = string.Join(' ', text.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("CATALOGUE SẢN PHẨM OCOP", text, StringComparison.Ordinal);
        foreach (var name in DemoStory.ProductSpecs().Select(s => s.NameVi))
            Assert.Contains(string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)), collapsed, StringComparison.Ordinal);
        Assert.Contains($"Trang 1/{pages.Count}", ContentOrderTextExtractor.GetText(pages[0]), StringComparison.Ordinal);
        // The cover, then at least a page per province.
        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        Assert.Single(pages.SelectMany(p => p.GetImages()));
        Assert.Contains(product.Split(' ')[0], collapsed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_conference_has_no_catalogue()
    {
        await using (var db = Fixture.CreateDbContext())
            await db.Conferences.ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ConferenceStatus.Draft));
        Assert.Equal(HttpStatusCode.NotFound, (await Fixture.App.CreateClient().GetAsync(Url)).StatusCode);
    }

    [Theory]
    [InlineData("%20")]
    [InlineData("%09")]
    public async Task A_blank_conference_address_is_not_found(string slug)
    {
        // Found by the hostile-input campaign: binding made a blank slug null, which matched every conference (500).
        var response = await Fixture.App.Browser().GetAsync($"/conferences/{slug}/catalogue.pdf");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
