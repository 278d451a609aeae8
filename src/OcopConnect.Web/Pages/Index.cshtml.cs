using Microsoft.AspNetCore.OutputCaching;
using OcopConnect.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Pages.Conferences;

namespace OcopConnect.Web.Pages;

/// <summary>The home page: the featured conference, its provinces' reported OCOP figures and the products shown there.</summary>
[OutputCache(PolicyName = CatalogueCache.Policy)]
public sealed class IndexModel(ConferenceOverview overview, [FromKeyedServices(Infrastructure.ReadReplica.Key)] OcopDbContext db, TimeProvider clock) : PageModel
{
    public ConferenceOverview.Overview? Featured { get; private set; }
    public IReadOnlyList<ConferenceLink> OtherConferences { get; private set; } = [];

    /// <summary>Conferences still to come, with their registration as it stands.</summary>
    public IReadOnlyList<UpcomingView> Upcoming { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = VietnamCalendar.Today(clock);
        // Featured: the most recent conference that has been held (its results), else the most recent one published.
        var conferences = await overview.Visible().Take(12).ToListAsync(ct);
        var featured = conferences.FirstOrDefault(c => c.Status >= ConferenceStatus.Held) ?? conferences.FirstOrDefault();
        var upcoming = conferences.Where(c => c.Status is ConferenceStatus.OpenForRegistration or ConferenceStatus.Closed && c.EndDate >= today && c != featured).ToList();
        OtherConferences = conferences.Where(c => c != featured && !upcoming.Contains(c)).Take(5)
            .Select(c => new ConferenceLink(c.Slug, c.TitleVi, c.TitleEn, c.StartDate, c.Status)).ToList();
        if (featured is not null)
            Featured = await overview.LoadAsync(featured, today, ct);

        var ids = upcoming.Select(c => c.Id).ToList();
        var ratings = db.Certificates.RatingsOn(today);
        var registered = await db.Delegations.AsNoTracking()
            .Where(d => ids.Contains(d.ConferenceId) && (d.Status == DelegationStatus.Submitted || d.Status == DelegationStatus.Approved))
            .GroupBy(d => d.ConferenceId)
            .Select(g => new
            {
                g.Key,
                Delegations = g.Count(),
                Enterprises = g.Sum(d => d.Enterprises.Count),
                Products = g.Sum(d => d.Products.Count),
                Five = g.Sum(d => d.Products.Count(ep => ratings.Any(c => c.ProductId == ep.ProductId && c.Stars == 5))),
                Four = g.Sum(d => d.Products.Count(ep => ratings.Any(c => c.ProductId == ep.ProductId && c.Stars == 4))),
                Three = g.Sum(d => d.Products.Count(ep => ratings.Any(c => c.ProductId == ep.ProductId && c.Stars == 3))),
            })
            .ToDictionaryAsync(x => x.Key, ct);
        var invited = await db.ConferenceProvinces.AsNoTracking().Where(cp => ids.Contains(cp.ConferenceId))
            .GroupBy(cp => cp.ConferenceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        Upcoming = upcoming.OrderBy(c => c.StartDate).Select(c =>
        {
            var r = registered.GetValueOrDefault(c.Id);
            return new UpcomingView(c, invited.GetValueOrDefault(c.Id), r?.Delegations ?? 0, r?.Enterprises ?? 0, r?.Products ?? 0, r?.Five ?? 0, r?.Four ?? 0, r?.Three ?? 0);
        }).ToList();
    }

    public sealed record UpcomingView(
        ConferenceOverview.ConferenceView Conference, int Provinces, int Delegations, int Enterprises, int Products, int FiveStar, int FourStar, int ThreeStar);

    public sealed record ConferenceLink(string Slug, string TitleVi, string? TitleEn, DateOnly StartDate, ConferenceStatus Status);
}
