using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Organize.Conferences;

/// <summary>The organizers' list of conferences, newest first, with where each registration stands.</summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class IndexModel(OcopDbContext db) : PageModel
{
    public IReadOnlyList<Row> Conferences { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Conferences = await db.Conferences.AsNoTracking().OrderByDescending(c => c.StartDate)
            .Select(c => new Row(c.Id, c.Slug, c.TitleVi, c.StartDate, c.EndDate, c.Venue, c.Status, c.IsDemo, c.RegistrationClosesOn,
                c.Provinces.Count(p => p.Role == ConferenceRole.Invited || p.Role == ConferenceRole.CoOrganiser || p.Role == ConferenceRole.Host),
                c.Delegations.Count(d => d.Status == DelegationStatus.Submitted),
                c.Delegations.Count(d => d.Status == DelegationStatus.Approved)))
            .ToListAsync(ct);
    }

    public sealed record Row(int Id, string Slug, string Title, DateOnly Start, DateOnly End, string Venue, ConferenceStatus Status, bool IsDemo,
        DateOnly? ClosesOn, int Provinces, int Submitted, int Approved);
}
