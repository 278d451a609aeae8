using Microsoft.AspNetCore.OutputCaching;
using OcopConnect.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Pages.Conferences;

namespace OcopConnect.Web.Pages;

/// <summary>The home page: the featured conference, its provinces' reported OCOP figures and the products shown there.</summary>
[OutputCache(PolicyName = CatalogueCache.Policy)]
public sealed class IndexModel(ConferenceOverview overview, TimeProvider clock) : PageModel
{
    public ConferenceOverview.Overview? Featured { get; private set; }
    public IReadOnlyList<ConferenceLink> OtherConferences { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Featured: the most recent conference that is past the draft stage.
        var conferences = await overview.Visible().Take(6).ToListAsync(ct);
        OtherConferences = conferences.Skip(1).Select(c => new ConferenceLink(c.Slug, c.TitleVi, c.TitleEn, c.StartDate, c.Status)).ToList();
        if (conferences.FirstOrDefault() is { } featured)
            Featured = await overview.LoadAsync(featured, VietnamCalendar.Today(clock), ct);
    }

    public sealed record ConferenceLink(string Slug, string TitleVi, string? TitleEn, DateOnly StartDate, ConferenceStatus Status);
}
