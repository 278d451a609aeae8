using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Pdf;

namespace OcopConnect.Web.Pages.Organize.Conferences;

/// <summary>The B2B schedule to print: one sheet per table and one per participant (also as an A4 PDF).</summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class ScheduleModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    public Conference Conference { get; private set; } = null!;
    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        return Page();
    }

    /// <summary>The same schedule as an A4 PDF: by table, then a page per participant.</summary>
    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var english = Localization.IsEnglish;
        var model = new MeetingScheduleModel(
            Localization.Pick(Conference.TitleVi, Conference.TitleEn), Conference.Venue,
            Lines.Select(l => new MeetingScheduleLine(l.Day, l.StartsAt, l.EndsAt, l.Table, l.Enterprise, l.Partner)).ToList(),
            clock.GetUtcNow());
        return File(MeetingScheduleDocuments.Schedule(model, english), DelegationDocuments.ContentType, $"lich-gap-b2b-{Conference.Slug}.pdf");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var conference = await db.Conferences.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null)
            return false;
        Conference = conference;
        Lines = await db.Meetings.AsNoTracking().Where(m => m.ConferenceId == id && m.Status == MeetingStatus.Accepted && m.SlotId != null && m.Table != null)
            .OrderBy(m => m.Slot!.Day).ThenBy(m => m.Slot!.StartsAt).ThenBy(m => m.Table)
            .Select(m => new Line(m.Slot!.Day, m.Slot.StartsAt, m.Slot.EndsAt, m.Table!.Value, m.Enterprise!.Name, m.Partner!.Name))
            .ToListAsync(ct);
        return true;
    }

    public sealed record Line(DateOnly Day, TimeOnly StartsAt, TimeOnly EndsAt, int Table, string Enterprise, string Partner);
}
