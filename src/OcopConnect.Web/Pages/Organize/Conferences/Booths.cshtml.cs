using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Organize.Conferences;

/// <summary>The printable booth plan: every number up to capacity, who has it, and what they show.</summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class BoothsModel(OcopDbContext db) : PageModel
{
    public Conference Conference { get; private set; } = null!;
    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var conference = await db.Conferences.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null)
            return NotFound();
        Conference = conference;
        var booths = await db.Booths.AsNoTracking().Where(b => b.ConferenceId == id)
            .Select(b => new Line(b.Number, b.Delegation!.Province!.NameVi, b.Enterprise != null ? b.Enterprise.Name : null,
                b.Enterprise != null ? db.ExhibitedProducts.Count(ep => ep.DelegationId == b.DelegationId && ep.Product!.EnterpriseId == b.EnterpriseId) : b.Delegation.Products.Count))
            .ToDictionaryAsync(b => b.Number, ct);
        var capacity = Math.Max(conference.BoothCapacity ?? 0, booths.Count == 0 ? 0 : booths.Keys.Max());
        Lines = Enumerable.Range(1, capacity).Select(n => booths.GetValueOrDefault(n) ?? new Line(n, null, null, 0)).ToList();
        return Page();
    }

    public sealed record Line(int Number, string? Province, string? Enterprise, int Products);
}
