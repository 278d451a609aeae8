using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopConnect.Web.Data;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Caching;
using OcopConnect.Web.Infrastructure.Files;
using OcopConnect.Web.Infrastructure.Pdf;

namespace OcopConnect.Web.Pages.Conferences;

/// <summary>
/// The printable conference catalogue (<c>/conferences/{slug}/catalogue.pdf</c>): public, like the
/// conference page, and cached with the catalogue (an edit to a product evicts it).
/// </summary>
[OutputCache(PolicyName = CatalogueCache.Policy)]
public sealed class CatalogueModel(ConferenceOverview overview, [FromKeyedServices(Infrastructure.ReadReplica.Key)] OcopDbContext db, IFileStorage files, IConfiguration configuration, TimeProvider clock, IStringLocalizerFactory localizers) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        // Binding turns a blank slug into null, which Visible reads as "every conference".
        if (string.IsNullOrWhiteSpace(slug))
            return NotFound();
        var conference = await overview.Visible(slug).SingleOrDefaultAsync(ct);
        if (conference is null)
            return NotFound();
        var loaded = await overview.LoadAsync(conference, VietnamCalendar.Today(clock), ct);
        var english = Localization.IsEnglish;
        var localizer = localizers.Create(typeof(SharedResource));
        var slugs = loaded.Products.Select(p => p.Slug).ToList();
        var photoKeys = (await db.ProductPhotos.AsNoTracking().Where(p => slugs.Contains(p.Product!.Slug))
                .Select(p => new { p.Product!.Slug, p.Position, p.ThumbnailKey }).ToListAsync(ct))
            .GroupBy(p => p.Slug).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Position).First().ThumbnailKey);
        var provinces = loaded.Provinces.ToDictionary(p => p.Id, p => Localization.Pick(p.NameVi, p.NameEn));
        var site = Request.PublicBaseUrl(configuration);
        var entries = new List<CatalogueEntry>();
        foreach (var p in loaded.Products)
        {
            byte[]? photo = photoKeys.TryGetValue(p.Slug, out var key) && await files.OpenAsync(key, ct) is { } file ? file.Content : null;
            entries.Add(new CatalogueEntry(
                provinces.GetValueOrDefault(p.ProvinceId, "—"), Localization.Pick(p.NameVi, p.NameEn), p.Enterprise, Localization.Pick(p.GroupVi, p.GroupEn),
                p.StarsToday, p.Price is long price ? Format.Money(price) + (p.Unit is null ? "" : " / " + ProductTerms.Unit(p.Unit, localizer)) : null,
                $"{site}/products/{p.Slug}", photo));
        }
        var model = new CatalogueBookletModel(
            Localization.Pick(conference.TitleVi, conference.TitleEn), Format.DateRange(conference.StartDate, conference.EndDate), conference.Venue,
            conference.HostDepartment, entries, clock.GetUtcNow());
        return File(CatalogueBooklet.Create(model, english), DelegationDocuments.ContentType, $"catalogue-{slug}.pdf");
    }
}
