using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Pages.Buyer;

namespace OcopConnect.Web.Pages.Manage.Enterprises;

/// <summary>The buyers whose demands fit what this enterprise exhibits, conference by conference, with the reasons.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class BuyersModel(OcopDbContext db, IAuthorizationService authorization, DemandMatcher matcher) : PageModel
{
    public string EnterpriseName { get; private set; } = "";
    public int EnterpriseId { get; private set; }
    public IReadOnlyList<Fit> Fits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int enterpriseId, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, ct);
        if (enterprise is null)
            return NotFound();
        if (!await authorization.CanManageAsync(User, enterprise))
            return Forbid();
        EnterpriseName = enterprise.Name;
        EnterpriseId = enterprise.Id;
        var conferences = db.ExhibitedProducts.Where(ep => ep.Product!.EnterpriseId == enterpriseId).Select(ep => ep.Delegation!.ConferenceId);
        var demands = await db.BuyerDemands.AsNoTracking().Include(d => d.Partner).Include(d => d.Conference)
            .Where(d => conferences.Contains(d.ConferenceId) && d.Conference!.Status != ConferenceStatus.Reported)
            .OrderBy(d => d.Conference!.StartDate).ThenBy(d => d.Title).Take(200).ToListAsync(ct);
        var fits = new List<Fit>();
        foreach (var demand in demands)
        {
            var suggestions = await matcher.SuggestAsync(demand, ct, enterpriseId);
            if (suggestions.Count > 0)
                fits.Add(new Fit(demand.Title, demand.Partner!.Name, demand.Partner.Kind, demand.Conference!.TitleVi, demand.Volume, demand.Frequency, suggestions));
        }
        Fits = fits.OrderByDescending(f => f.Products.Max(p => p.Score)).ToList();
        return Page();
    }

    public sealed record Fit(string Demand, string Partner, PartnerKind Kind, string Conference, string? Volume, DemandFrequency? Frequency, IReadOnlyList<DemandMatcher.Suggestion> Products);
}
