using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Manage;

/// <summary>The enterprises a user manages: all for organizers, the province's for officers; a representative goes straight to their own.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Row> Enterprises { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.IsInRole(Roles.EnterpriseRep) && OcopClaims.EnterpriseOf(User) is int own)
            return Redirect($"/manage/enterprises/{own}/products");
        CanCreate = ManageScope.CanCreateEnterprises(User);
        var soon = VietnamCalendar.Today(clock).AddDays(90);
        var query = db.Enterprises.AsNoTracking().ManageableBy(User);
        if (!string.IsNullOrWhiteSpace(Q) && Q.Length <= 100)
        {
            var term = Q.Trim();
            query = query.Where(e => EF.Functions.ILike(e.Name, "%" + term + "%") || e.TaxCode == term);
        }
        Enterprises = await query.OrderBy(e => e.Name).Take(PageSize)
            .Select(e => new Row(e.Id, e.Name, e.TaxCode, e.Province!.NameVi, e.Products.Count(p => p.ArchivedAt == null),
                e.Products.Count(p => p.ArchivedAt == null && p.Certificates.Count != 0 && !p.Certificates.Any(c => c.ExpiresOn > soon))))
            .ToListAsync(ct);
        return Page();
    }

    public sealed record Row(int Id, string Name, string? TaxCode, string Province, int Products, int Expiring);
}
