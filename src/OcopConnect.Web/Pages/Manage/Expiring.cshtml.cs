using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Manage;

/// <summary>
/// Products whose OCOP rating ends within 90 days, and those whose last certificate has expired,
/// for the people who must file the re-recognition: the enterprise's representatives and its province's officers.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ExpiringModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    public const int WarningDays = 90;

    public DateOnly Today { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamCalendar.Today(clock);
        var today = Today;
        var ratings = db.Certificates.RatingsOn(today);
        var limit = today.AddDays(WarningDays);
        var candidates = await db.Products.AsNoTracking()
            .Where(p => p.ArchivedAt == null && p.Certificates.Count != 0)
            .Where(p => db.Enterprises.ManageableBy(User).Any(e => e.Id == p.EnterpriseId))
            .Select(p => new
            {
                p.Id,
                p.NameVi,
                Enterprise = p.Enterprise!.Name,
                p.EnterpriseId,
                // The day the product stops being certified, if no newer decision arrives: the latest expiry of any certificate.
                LastExpiry = p.Certificates.Max(c => c.ExpiresOn),
                Stars = ratings.Where(c => c.ProductId == p.Id).Select(c => (int?)c.Stars).FirstOrDefault(),
            })
            .Where(p => p.LastExpiry <= limit)
            .OrderBy(p => p.LastExpiry)
            .Take(500)
            .ToListAsync(ct);
        Rows = candidates.Select(p => new Row(p.Id, p.NameVi, p.Enterprise, p.EnterpriseId, p.Stars, p.LastExpiry, p.LastExpiry <= today)).ToList();
    }

    public sealed record Row(int ProductId, string Product, string Enterprise, int EnterpriseId, int? Stars, DateOnly ExpiresOn, bool Expired);
}
