using Microsoft.AspNetCore.OutputCaching;
using OcopConnect.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Web.Pages.Conferences;

/// <summary>A conference's public page: its agenda, provinces and their reported figures, exhibitors and products.</summary>
[OutputCache(PolicyName = CatalogueCache.Policy)]
public sealed class DetailsModel(ConferenceOverview overview, TimeProvider clock) : PageModel
{
    public ConferenceOverview.Overview? Overview { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var conference = await overview.Visible(slug).FirstOrDefaultAsync(ct);
        if (conference is null)
            return NotFound();
        Overview = await overview.LoadAsync(conference, VietnamCalendar.Today(clock), ct) with { Agenda = await overview.AgendaAsync(conference.Id, ct) };
        return Page();
    }
}
