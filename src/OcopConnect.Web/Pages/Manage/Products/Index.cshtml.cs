using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Manage.Products;

/// <summary>An enterprise's products with their rating today, and the publish/unpublish/archive actions.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(OcopDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public const int ExpiryWarningDays = 90;

    public Enterprise? Enterprise { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<Row> Products { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int enterpriseId, CancellationToken ct)
    {
        Enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, ct);
        if (Enterprise is null)
            return NotFound();
        if (!await authorization.CanManageAsync(User, Enterprise))
            return Forbid();
        Today = VietnamCalendar.Today(clock);
        var today = Today;
        var ratings = db.Certificates.RatingsOn(today);
        Products = await db.Products.AsNoTracking().Where(p => p.EnterpriseId == enterpriseId)
            .OrderBy(p => p.ArchivedAt != null).ThenBy(p => p.NameVi)
            .Select(p => new Row(
                p.Id, p.NameVi, p.ProductGroup!.NameVi, p.IsPublished, p.ArchivedAt != null,
                ratings.Where(c => c.ProductId == p.Id).Select(c => (int?)c.Stars).FirstOrDefault(),
                ratings.Where(c => c.ProductId == p.Id).Select(c => (DateOnly?)c.ExpiresOn).FirstOrDefault(),
                p.Certificates.Count != 0,
                p.Photos.Count))
            .ToListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(int enterpriseId, int productId, CancellationToken ct) =>
        ChangeAsync(productId, p => p.ArchivedAt is null, p => p.IsPublished = true, "Đã công bố “{0}” trong danh mục.", "Sản phẩm đã lưu trữ không thể công bố; hãy khôi phục trước.", ct);

    public Task<IActionResult> OnPostUnpublishAsync(int enterpriseId, int productId, CancellationToken ct) =>
        ChangeAsync(productId, _ => true, p => p.IsPublished = false, "Đã ẩn “{0}” khỏi danh mục.", null, ct);

    public Task<IActionResult> OnPostArchiveAsync(int enterpriseId, int productId, CancellationToken ct) =>
        ChangeAsync(productId, _ => true, p => { p.ArchivedAt = clock.GetUtcNow(); p.IsPublished = false; }, "Đã lưu trữ “{0}”: sản phẩm rời danh mục nhưng vẫn còn trong báo cáo và biên bản ghi nhớ.", null, ct);

    public Task<IActionResult> OnPostRestoreAsync(int enterpriseId, int productId, CancellationToken ct) =>
        ChangeAsync(productId, _ => true, p => p.ArchivedAt = null, "Đã khôi phục “{0}” (chưa công bố).", null, ct);

    private async Task<IActionResult> ChangeAsync(int productId, Func<Product, bool> allowed, Action<Product> change, string done, string? refused, CancellationToken ct)
    {
        var product = await db.Products.Include(p => p.Enterprise).SingleOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null)
            return NotFound();
        if (!await authorization.CanManageAsync(User, product.Enterprise!))
            return Forbid();
        if (!allowed(product))
        {
            TempData["Status"] = refused;
        }
        else
        {
            change(product);
            await db.SaveChangesAsync(ct);
            TempData["Status"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, done, product.NameVi);
        }
        return Redirect($"/manage/enterprises/{product.EnterpriseId}/products");
    }

    public sealed record Row(int Id, string Name, string Group, bool Published, bool Archived, int? Stars, DateOnly? ValidUntil, bool HasCertificates, int Photos);
}
