using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Organize.Conferences;

/// <summary>The B2B session for organizers: tables and slots, the automatic scheduler, moves by hand, outcomes.</summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class MeetingsModel(OcopDbContext db, ILogger<MeetingsModel> logger) : PageModel
{
    public const int MaxTables = 500;

    public Conference Conference { get; private set; } = null!;
    public IReadOnlyList<MeetingSlot> Slots { get; private set; } = [];
    public IReadOnlyList<Row> Meetings { get; private set; } = [];
    public IReadOnlyList<(string Meeting, string Reason)> Unplaced { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSettingsAsync(int id, int? tables, DateOnly? day, TimeOnly? from, TimeOnly? to, int? minutes, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (tables is not int t || t < 1 || t > MaxTables)
            ModelState.AddModelError("", $"Số bàn từ 1 đến {MaxTables}.");
        else if (Meetings.Any(m => m.Table > t))
            ModelState.AddModelError("", "Có cuộc gặp đã xếp ở bàn lớn hơn số bàn mới; chuyển cuộc gặp trước.");
        if (day is not null || from is not null || to is not null)
        {
            if (day is not DateOnly d || d < Conference.StartDate || d > Conference.EndDate)
                ModelState.AddModelError("", "Ngày của phiên B2B phải nằm trong thời gian hội nghị.");
            if (from is not TimeOnly f || to is not TimeOnly e || f >= e)
                ModelState.AddModelError("", "Giờ kết thúc phải sau giờ bắt đầu.");
            if (minutes is not int m || m < 10 || m > 120)
                ModelState.AddModelError("", "Mỗi khung giờ dài 10–120 phút.");
        }
        if (!ModelState.IsValid)
            return Page();
        var conference = await db.Conferences.SingleAsync(c => c.Id == id, ct);
        conference.MeetingTables = tables;
        var added = 0;
        if (day is DateOnly sessionDay)
        {
            for (var start = from!.Value; start.AddMinutes(minutes!.Value) <= to!.Value && start >= from.Value; start = start.AddMinutes(minutes.Value))
            {
                if (Slots.Any(s => s.Day == sessionDay && s.StartsAt == start))
                    continue;
                db.MeetingSlots.Add(new MeetingSlot { ConferenceId = id, Day = sessionDay, StartsAt = start, EndsAt = start.AddMinutes(minutes.Value) });
                added++;
            }
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = added > 0 ? $"Đã lưu số bàn và thêm {added} khung giờ." : "Đã lưu số bàn.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostScheduleAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var accepted = await db.Meetings.Where(m => m.ConferenceId == id && m.Status == MeetingStatus.Accepted).ToListAsync(ct);
        var slotIds = Slots.Select(s => s.Id).ToList();
        var unavailable = await db.SlotUnavailabilities.AsNoTracking().Where(u => slotIds.Contains(u.SlotId)).ToListAsync(ct);
        var result = MeetingScheduler.Schedule(slotIds, Conference.MeetingTables ?? 0,
            accepted.Select(m => new MeetingScheduler.Meeting(m.Id, m.EnterpriseId, m.PartnerId, m.SlotId, m.Table)).ToList(),
            unavailable.Where(u => u.EnterpriseId != null).Select(u => (u.SlotId, u.EnterpriseId!.Value)).ToHashSet(),
            unavailable.Where(u => u.PartnerId != null).Select(u => (u.SlotId, u.PartnerId!.Value)).ToHashSet());
        foreach (var p in result.Placed)
        {
            var meeting = accepted.Single(m => m.Id == p.MeetingId);
            meeting.SlotId = p.SlotId;
            meeting.Table = p.Table;
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Scheduler placed {Placed} meetings, {Unplaced} left for conference {ConferenceId}", result.Placed.Count, result.Unplaced.Count, id);
        var names = Meetings.ToDictionary(m => m.Id, m => $"{m.Enterprise} – {m.Partner}");
        TempData["Status"] = $"Đã xếp {result.Placed.Count} cuộc gặp; {result.Unplaced.Count} chưa xếp được.";
        // The reason is kept apart from the names so that the page can put it in the reader's language.
        TempData["Unplaced"] = string.Join("\n", result.Unplaced.Select(u => $"{names.GetValueOrDefault(u.MeetingId)}\t{u.Reason}"));
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, int meetingId, int? slotId, int? table, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.ConferenceId == id, ct);
        if (meeting is null)
            return NotFound();
        if (slotId is null && table is null)
        {
            (meeting.SlotId, meeting.Table) = (null, null);
            await db.SaveChangesAsync(ct);
            TempData["Status"] = "Đã bỏ xếp cuộc gặp.";
            return RedirectToPage(new { id });
        }
        if (meeting.Status != MeetingStatus.Accepted)
            ModelState.AddModelError("", "Chỉ xếp cuộc gặp đã được nhận lời.");
        if (slotId is not int slot || Slots.All(s => s.Id != slot))
            ModelState.AddModelError("", "Chọn một khung giờ của phiên B2B.");
        if (table is not int t || t < 1 || t > (Conference.MeetingTables ?? 0))
            ModelState.AddModelError("", $"Bàn từ 1 đến {Conference.MeetingTables ?? 0}.");
        if (ModelState.IsValid)
        {
            var others = await db.Meetings.AsNoTracking().Where(m => m.ConferenceId == id && m.Id != meetingId && m.SlotId == slotId).ToListAsync(ct);
            if (others.Any(m => m.Table == table))
                ModelState.AddModelError("", $"Bàn {table} đã có cuộc gặp trong khung giờ này.");
            if (others.Any(m => m.EnterpriseId == meeting.EnterpriseId))
                ModelState.AddModelError("", "Chủ thể đã có cuộc gặp khác trong khung giờ này.");
            if (others.Any(m => m.PartnerId == meeting.PartnerId))
                ModelState.AddModelError("", "Đơn vị mua hàng đã có cuộc gặp khác trong khung giờ này.");
            if (await db.SlotUnavailabilities.AnyAsync(u => u.SlotId == slotId && (u.EnterpriseId == meeting.EnterpriseId || u.PartnerId == meeting.PartnerId), ct))
                ModelState.AddModelError("", "Một bên đã báo bận trong khung giờ này.");
        }
        if (!ModelState.IsValid)
            return Page();
        (meeting.SlotId, meeting.Table) = (slotId, table);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await LoadAsync(id, ct);
            ModelState.AddModelError("", $"Bàn {table} vừa được xếp cho cuộc gặp khác.");
            return Page();
        }
        TempData["Status"] = "Đã chuyển cuộc gặp.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostOutcomeAsync(int id, int meetingId, MeetingOutcome? outcome, string? note, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.ConferenceId == id, ct);
        if (meeting is null)
            return NotFound();
        if (outcome is null || !Enum.IsDefined(outcome.Value))
            ModelState.AddModelError("", "Chọn kết quả cuộc gặp.");
        if (note is { Length: > SchemaLimits.Notes })
            ModelState.AddModelError("", $"Ghi chú tối đa {SchemaLimits.Notes} ký tự.");
        if (meeting.Status != MeetingStatus.Accepted)
            ModelState.AddModelError("", "Chỉ ghi kết quả cho cuộc gặp đã được nhận lời.");
        if (!ModelState.IsValid)
            return Page();
        meeting.Outcome = outcome;
        meeting.OutcomeNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Đã ghi kết quả cuộc gặp.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var conference = await db.Conferences.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null)
            return false;
        Conference = conference;
        Slots = await db.MeetingSlots.AsNoTracking().Where(s => s.ConferenceId == id).OrderBy(s => s.Day).ThenBy(s => s.StartsAt).ToListAsync(ct);
        Meetings = await db.Meetings.AsNoTracking().Where(m => m.ConferenceId == id && m.Status == MeetingStatus.Accepted)
            .OrderBy(m => m.Slot!.Day).ThenBy(m => m.Slot!.StartsAt).ThenBy(m => m.Table).ThenBy(m => m.Id)
            .Select(m => new Row(m.Id, m.Enterprise!.Name, m.Partner!.Name, m.SlotId, m.Table, m.Outcome, m.OutcomeNote))
            .ToListAsync(ct);
        Unplaced = [.. ((TempData.Peek("Unplaced") as string)?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [])
            .Select(line => line.Split('\t', 2) is [var meeting, var reason] ? (meeting, reason) : ("", line))];
        return true;
    }

    public sealed record Row(int Id, string Enterprise, string Partner, int? SlotId, int? Table, MeetingOutcome? Outcome, string? OutcomeNote);
}
