using Microsoft.AspNetCore.OutputCaching;
using OcopConnect.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Pages.Provinces;

namespace OcopConnect.Web.Pages.Enterprises;

/// <summary>A producer's public page: profile and its published products with today's rating.</summary>
[OutputCache(PolicyName = CatalogueCache.Policy)]
public sealed class DetailsModel([FromKeyedServices(Infrastructure.ReadReplica.Key)] OcopDbContext db, TimeProvider clock) : PageModel
{
    public Profile? Enterprise { get; private set; }
    public IReadOnlyList<ProductRow> Products { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var today = VietnamCalendar.Today(clock);
        var ratings = db.Certificates.RatingsOn(today);
        Enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Slug == slug && e.IsActive)
            .Select(e => new Profile(e.Id, e.Name, e.Kind, e.Address, e.Phone, e.Email, e.Website, e.DescriptionVi, e.DescriptionEn, e.LogoKey,
                new ProvinceLink(e.Province!.Code, e.Province.NameVi, e.Province.NameEn, e.Province.ValidTo != null),
                e.Province.Successor == null ? null : new ProvinceLink(e.Province.Successor.Code, e.Province.Successor.NameVi, e.Province.Successor.NameEn, e.Province.Successor.ValidTo != null)))
            .SingleOrDefaultAsync(ct);
        if (Enterprise is null)
            return NotFound();
        var id = Enterprise.Id;
        Products = await db.Products.AsNoTracking().Where(p => p.EnterpriseId == id && p.IsPublished && p.ArchivedAt == null)
            .OrderBy(p => p.NameVi)
            .Select(p => new ProductRow(p.Slug, p.NameVi, p.NameEn, p.ProductGroup!.NameVi, p.ProductGroup.NameEn,
                ratings.Where(c => c.ProductId == p.Id).Select(c => (int?)c.Stars).FirstOrDefault(),
                p.Photos.OrderBy(ph => ph.Position).Select(ph => ph.ThumbnailKey).FirstOrDefault()))
            .ToListAsync(ct);
        return Page();
    }

    public sealed record Profile(
        int Id, string Name, EnterpriseKind Kind, string? Address, string? Phone, string? Email, string? Website,
        string? DescriptionVi, string? DescriptionEn, string? LogoKey, ProvinceLink Province, ProvinceLink? TodayProvince);

    public sealed record ProductRow(string Slug, string NameVi, string? NameEn, string GroupVi, string GroupEn, int? Stars, string? Thumbnail);
}
