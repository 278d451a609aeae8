using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Organize.Conferences;

/// <summary>The B2B schedule to print: one sheet per table and one per participant.</summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class ScheduleModel(OcopDbContext db) : PageModel
{
    public Conference Conference { get; private set; } = null!;
    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var conference = await db.Conferences.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null)
            return NotFound();
        Conference = conference;
        Lines = await db.Meetings.AsNoTracking().Where(m => m.ConferenceId == id && m.Status == MeetingStatus.Accepted && m.SlotId != null && m.Table != null)
            .OrderBy(m => m.Slot!.Day).ThenBy(m => m.Slot!.StartsAt).ThenBy(m => m.Table)
            .Select(m => new Line(m.Slot!.Day, m.Slot.StartsAt, m.Slot.EndsAt, m.Table!.Value, m.Enterprise!.Name, m.Partner!.Name))
            .ToListAsync(ct);
        return Page();
    }

    public sealed record Line(DateOnly Day, TimeOnly StartsAt, TimeOnly EndsAt, int Table, string Enterprise, string Partner);
}
